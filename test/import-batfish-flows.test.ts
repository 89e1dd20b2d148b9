/**
 * Batfish's expected traceroutes for the three AWS snapshots in ../shared/aws-data (README tables),
 * checked against Netdraft's reachability engine on the imported designs.
 *
 * How the two are compared:
 * - Batfish's path lists nodes (instance, subnet, VPC, TGW, endpoint, IGW). Netdraft's forward hops
 *   name the same resources by the same AWS ids, plus hops Batfish draws as links: a VPC peering
 *   connection (Batfish links the two VPCs directly) and the outside place where a flow ends
 *   (`awsService`, `internet`). Those are left out before comparing.
 * - Batfish's `getAnyFlow` has no IP protocol. Every instance security group here allows only tcp/22
 *   (and sometimes ICMP echo, UDP 33434-33534 or tcp/443), so such a flow matches no inbound rule:
 *   DENIED_IN. Netdraft asks about real protocols; tcp/80 matches no rule of these groups either, so
 *   it stands for Batfish's flow, and tcp/22 shows the same path is open to SSH.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { importAwsDescribe } from '../shared/importers/aws'
import type { Project } from '../shared/model'
import { type ReachAnswer, type ReachQuery, ReachabilityContext, analyzeReachability, resolveEndpoint } from '../shared/reachability'
import { type Snapshot, readSnapshot, snapshots } from './helpers/aws-data'
import { type BatfishFlow, type Verdict, flows } from './helpers/batfish-flows'

/** What stands for Batfish's protocol-less flow: a flow no rule of these security groups allows. */
const ANY_FLOW = { protocol: 'tcp', port: 80 } as const
const SSH = { protocol: 'tcp', port: 22 } as const

const linkHops = new Set(['peeringConnection', 'awsService', 'internet'])
const nodes = (hops: ReachAnswer['forward']) => hops.filter((h) => !linkHops.has(h.kind)).map((h) => h.id)

const contexts = new Map<Snapshot, ReachabilityContext>()
const projects = new Map<Snapshot, Project>()
beforeAll(async () => {
  for (const name of snapshots) {
    const r = importAwsDescribe(await readSnapshot(name))
    if (!r.ok) throw new Error(`${name} does not import: ${r.errors[0].message}`)
    projects.set(name, r.project)
    contexts.set(name, new ReachabilityContext(r.project))
  }
})

function reach(f: BatfishFlow, flow: Pick<ReachQuery, 'protocol' | 'port'> = f.flow ?? ANY_FLOW): ReachAnswer {
  const ctx = contexts.get(f.snapshot)!
  return analyzeReachability(ctx, { from: resolveEndpoint(ctx, f.from), to: resolveEndpoint(ctx, f.to), ...flow })
}

const forwardFailureReason: Partial<Record<Verdict, RegExp>> = {
  NO_ROUTE: /no route/,
  NULL_ROUTED: /in none of its subnets/,
  NEIGHBOR_UNREACHABLE: /no interface .* holds/,
}

/** The security groups of the flow's destination instance, as imported. */
function deniedBy(f: BatfishFlow): string[] {
  const dest = projects.get(f.snapshot)!.resources.find((r) => r.id === f.path.at(-1))
  if (dest?.kind !== 'workload') throw new Error(`${f.path.at(-1)} is not a workload`)
  return dest.securityGroups
}

/**
 * Batfish's DENIED_IN reason: the destination's inbound security group, and nothing else on the
 * way, drops the flow. Every forward NACL allows it, the source's outbound group allows it, and
 * the destination's groups have no inbound rule for it.
 */
function expectDeniedIn(a: ReachAnswer, f: BatfishFlow): void {
  const forward = a.security.checks.filter((c) => c.direction === 'forward')
  expect(forward.filter((c) => c.decision !== 'allow')).toEqual([
    expect.objectContaining({ layer: 'securityGroup', rules: 'in', at: f.path.at(-1), filters: deniedBy(f), decision: 'deny', detail: expect.stringMatching(/^no inbound rule allows tcp 80 from /) }),
  ])
  expect(forward.filter((c) => c.layer === 'networkAcl').map((c) => c.rules).sort()).toEqual(['in', 'out'])
  expect(forward).toContainEqual(expect.objectContaining({ layer: 'securityGroup', rules: 'out', at: f.path[0], decision: 'allow' }))
}

describe.each(snapshots)('Batfish flows of %s on the imported design', (snapshot) => {
  const cases = flows.filter((f) => f.snapshot === snapshot && !(snapshot === 'test-transit-gateway-peering' && f.name === 'bat2 → fish'))
  it.each(cases.map((f) => [`${f.name}: ${f.verdict}`, f] as const))('%s', (_label, f) => {
    const a = reach(f)
    expect(nodes(a.forward)).toEqual(f.path)
    const reason = forwardFailureReason[f.verdict]
    if (reason) {
      // Routing stops at the last node of Batfish's path, for the reason Batfish gives.
      expect(a.reachable).toBe(false)
      expect(a.failure).toMatchObject({ direction: 'forward', hop: { id: f.path.at(-1), decision: 'drop' }, reason: expect.stringMatching(reason) })
    } else if (f.verdict === 'DENIED_IN') {
      // Routing delivers; the destination's inbound security group drops the flow.
      expect(a.forward.at(-1)).toMatchObject({ id: f.path.at(-1), decision: 'accept' })
      expect(a.failure).toMatchObject({ direction: 'security', hop: { id: f.path.at(-1) }, reason: expect.stringContaining(deniedBy(f).join(', ')) })
      expectDeniedIn(a, f)
      // Our reading (not asserted by Batfish): tcp/22 on the same path is accepted.
      const ssh = reach(f, SSH)
      expect(ssh.reachable).toBe(true)
      expect(nodes(ssh.forward)).toEqual(f.path)
    } else {
      // ACCEPTED both ways (Batfish's bidirectional traceroute): the reply retraces the path.
      expect(a.reachable).toBe(true)
      expect(a.security.status).toBe('allowed')
      expect(nodes(a.return)).toEqual([...f.path].reverse())
    }
  })
})

describe('Batfish\'s protocol-less flow against Netdraft\'s default `--protocol any`', () => {
  /*
   * Batfish's `getAnyFlow` is one packet with no protocol, which no tcp/22 rule matches: DENIED_IN.
   * Netdraft's default question is "can any traffic get there": its inbound check is `partial` and
   * names what does pass, which is what AWS does: "You can specify allow rules, but not deny rules"
   * and "no inbound traffic is allowed until you add inbound rules" (Amazon VPC guide, "Security
   * group rules": https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html). Both readings
   * agree: nothing but the protocols of those rules reaches the instance. The flows above therefore
   * ask with tcp/80, which matches no rule, to stand for Batfish's packet.
   */
  const denied = flows.filter((f) => f.verdict === 'DENIED_IN')
  it.each(denied.map((f) => [`${f.snapshot}: ${f.name}`, f] as const))('%s: the destination group lets only its rules\' protocols in', (_label, f) => {
    const a = reach(f, {})
    expect(nodes(a.forward)).toEqual(f.path)
    expect(a.security.checks).toContainEqual(expect.objectContaining({ layer: 'securityGroup', direction: 'forward', rules: 'in', at: f.path.at(-1), filters: deniedBy(f), decision: 'partial', detail: expect.stringMatching(/^allows tcp 22[ ,]/) }))
  })
})

describe('where Netdraft and Batfish differ: bat2 → fish (test-transit-gateway-peering)', () => {
  const f = flows.find((x) => x.name === 'bat2 → fish')!

  /*
   * Batfish: DENIED_IN. Its traceroute follows the forward direction only, and fish's security group
   * drops the protocol-less flow. Netdraft agrees on the forward path and on the security group, and
   * also follows the reply, which AWS drops: the reply enters tgw-0e20 over the peering attachment,
   * and "each attachment is associated with a single route table; that route table decides the next
   * hop for the traffic coming from that attachment" (AWS Transit Gateway guide, "Transit gateways":
   * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html). The peering attachment is
   * associated with the default table tgw-rtb-05d2…, to which bat2 does not propagate, and AWS says
   * both owners must add static routes for the peering ("Add a route to a transit gateway route
   * table": https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering-add-route.html). So even tcp/22,
   * which fish's group allows, cannot complete a connection. Netdraft is right about the session;
   * Batfish is right about the one-way probe, and the README notes the same missing return route.
   */
  it('routes forward along Batfish\'s path, and fish\'s security group denies the flow Batfish sends', () => {
    const a = reach(f)
    expect(nodes(a.forward)).toEqual(f.path)
    expect(a.forward.at(-1)).toMatchObject({ id: 'i-0afb0a59f6bf36397', decision: 'accept' })
    expect(a.security.status).toBe('blocked')
    expectDeniedIn(a, f)
  })

  it('drops the reply at tgw-0e20, whose table for the peering attachment has no route back to bat2', () => {
    for (const flow of [ANY_FLOW, SSH]) {
      const a = reach(f, flow)
      expect(a.reachable).toBe(false)
      expect(a.failure).toMatchObject({ direction: 'return', hop: { id: 'tgw-0e20010ebf43d07a2', decision: 'drop' }, reason: expect.stringContaining('tgw-rtb-05d2952671d1f460a has no route to 10.20.1.100') })
      expect(nodes(a.return)).toEqual(['i-0afb0a59f6bf36397', 'subnet-0080bd39fe3626e89', 'vpc-0ecbcbd110fd839d1', 'tgw-03201f1960ddb0c25', 'tgw-0e20010ebf43d07a2'])
    }
    // With SSH the security groups allow it: only the return route is missing.
    expect(reach(f, SSH).security.status).toBe('allowed')
  })
})

describe('where Netdraft and Batfish differ: the disassociated CIDR blocks (test-vpc-peering)', () => {
  /*
   * Each VPC lists a second block whose CidrBlockState is `disassociated`. Batfish's Vpc.java does
   * not read CidrBlockState and keeps it, so to Batfish A still holds 10.11.0.0/16 and an address
   * there would end in A's VPC (NULL_ROUTED). Netdraft leaves the block out: `disassociated` is the
   * state after DisassociateVpcCidrBlock removed it from the VPC (EC2 API reference,
   * "VpcCidrBlockState" and "DisassociateVpcCidrBlock":
   * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcCidrBlockState.html), and the
   * snapshot itself agrees: A's route table rtb-0891… holds a local route for 10.10.0.0/16 only,
   * where AWS puts one for every associated block. Netdraft is right; no Batfish test covers it.
   */
  it('A → 10.11.0.1: no route in A\'s subnet, since A no longer holds 10.11.0.0/16', () => {
    const ctx = contexts.get('test-vpc-peering')!
    const a = analyzeReachability(ctx, { from: resolveEndpoint(ctx, 'i-06ba034d88c84ef07'), to: resolveEndpoint(ctx, '10.11.0.1'), ...ANY_FLOW })
    expect(nodes(a.forward)).toEqual(['i-06ba034d88c84ef07', 'subnet-006a19c846f047bd7'])
    expect(a.failure).toMatchObject({ direction: 'forward', hop: { id: 'subnet-006a19c846f047bd7', decision: 'drop' }, reason: expect.stringMatching(/no route to 10\.11\.0\.1/) })
  })
})
