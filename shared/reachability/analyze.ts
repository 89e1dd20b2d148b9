import { addrText } from './addresses'
import type { ReachabilityContext } from './context'
import { type Side, destinationSides, locate, ReachInputError } from './endpoints'
import { fromInternet, fromOnPrem, fromService } from './entries'
import { destinationBlock, joinAnd, ref } from './fixes'
import { spaceOf } from './flow-space'
import { Leg, type Packet } from './leg'
import { evaluateSecurity } from './security'
import type { Failure, Hop, ReachAnswer, ReachQuery, SecurityResult } from './types'
import { leaveInterface, routeFromSubnet } from './vpc-routing'

/**
 * Answers "can `from` reach `to`": the forward path hop by hop, the reply's path, then the
 * filtering layer. The flow works only when all three do. Throws `ReachInputError` for query ends
 * the design cannot place.
 */
export function analyzeReachability(ctx: ReachabilityContext, query: ReachQuery): ReachAnswer {
  const family = familyOf(query)
  const source = locate(ctx, query.from, family)
  if (source.kind === 'bare' || source.kind === 'service' || source.kind === 'missing') {
    throw new ReachInputError(`${source.label} cannot start a flow: start from a subnet, workload, address in a subnet, on-premises network or the internet`)
  }
  const candidates = destinationSides(ctx, query.to, family, source)
  let first: ReachAnswer | undefined
  for (const dst of candidates) {
    const answer = analyzePair(ctx, query, source, dst)
    if (answer.reachable) return answer
    first ??= answer
  }
  return first!
}

function familyOf(q: ReachQuery): 4 | 6 {
  for (const e of [q.to, q.from]) if (e.type === 'address') return e.address.includes(':') ? 6 : 4
  return q.family ?? 4
}

const NO_SECURITY: SecurityResult = { status: 'unchecked', checks: [], unchecked: [] }

function analyzePair(ctx: ReachabilityContext, query: ReachQuery, source: Side, dst: Side): ReachAnswer {
  return answerFor(ctx, query, source, dst, dst.kind === 'missing' ? undefined : walkForward(ctx, source, dst))
}

/** The forward leg from `source` to `dst`. */
export function walkForward(ctx: ReachabilityContext, source: Side, dst: Side): Leg {
  const service = dst.kind === 'service' ? dst.service : undefined
  const packet: Packet = { src: source.addr, dst: dst.addr }
  if (service !== undefined) packet.service = service
  const fwd = new Leg(ctx, packet, false)
  start(fwd, source)
  return fwd
}

/**
 * Assembles the answer from a forward leg. `opposite` is the forward leg of the opposite flow,
 * which the matrix has anyway: when nothing on either leg depends on the packet being a reply
 * (no NAT, no reply-only gateway or endpoint rule consulted), it is the reply's path.
 */
export function answerFor(ctx: ReachabilityContext, query: ReachQuery, source: Side, dst: Side, fwd: Leg | undefined, opposite?: Leg): ReachAnswer {
  // Built field by field: this runs once per pair of a 250,000-pair matrix, where spreads show.
  // Keys in reading order for the JSON output; unset optional ones stay undefined (JSON drops them).
  const answer: Mutable<ReachAnswer> = {
    reachable: false,
    from: source.label,
    to: dst.label,
    protocol: query.protocol ?? '-1',
    port: query.port,
    forward: [],
    return: [],
    failure: undefined,
    security: NO_SECURITY,
  }
  if (dst.kind === 'missing') {
    // Nothing in the design serves the destination: the answer is the endpoint service itself, dropping.
    const r = dst.resource
    const hop: Hop = { id: r.id, ...(r.externalId !== undefined && { externalId: r.externalId }), kind: r.kind, name: ctx.label(r), decision: 'drop' }
    answer.forward = [hop]
    answer.failure = { direction: 'forward', hop, reason: dst.reason, fix: dst.fix }
    return answer
  }
  if (!fwd) throw new Error(`answerFor: no forward leg for ${dst.label}`)
  answer.forward = fwd.hops
  if (fwd.failure) {
    answer.failure = failureOf(fwd, 'forward')
    return answer
  }
  const ret = opposite && reusable(fwd, opposite, source) ? opposite : replyLeg(ctx, fwd, source)
  answer.return = ret.hops
  const asymmetric = ret.failure ? undefined : asymmetry(ctx, fwd, ret)
  const terminal = fwd.terminal!
  const security = evaluateSecurity(ctx, {
    query: spaceOf(query.protocol, query.port),
    source: source.kind === 'holder' ? source.holder : undefined,
    destination: terminal.type === 'holder' ? terminal.holder : undefined,
    seenSource: fwd.packet.src,
    destinationAddr: dst.addr,
    service: dst.kind === 'service' ? dst.service : undefined,
    forward: fwd.crossings,
    reply: ret.crossings,
  })
  answer.security = security
  const failure = ret.failure ? failureOf(ret, 'return') : (asymmetric ?? securityFailure(fwd, ret, security))
  if (failure) answer.failure = failure
  answer.reachable = failure === undefined
  return answer
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** The opposite flow's leg is the reply's when it starts where the forward leg ended and heads to the source unchanged. */
function reusable(fwd: Leg, opposite: Leg, source: Side): boolean {
  const t = fwd.terminal
  return (
    t?.type === 'holder' &&
    fwd.nats.length === 0 &&
    !opposite.replySensitive &&
    opposite.startHolder === t.holder &&
    opposite.packet.dst.value === source.addr.value &&
    (opposite.failure !== undefined || endsAtSource(opposite, source))
  )
}

function start(leg: Leg, side: Side): void {
  if (side.kind === 'holder') {
    leg.startHolder = side.holder
    leaveInterface(leg, side.holder)
  }
  else if (side.kind === 'internet') fromInternet(leg)
  else if (side.kind === 'onPrem') fromOnPrem(leg, side.network)
}

function failureOf(leg: Leg, direction: 'forward' | 'return'): Failure {
  const f = leg.failure!
  const hop = leg.hops.at(-1) ?? { id: '?', kind: 'unknown', name: '?', decision: 'drop' as const }
  const noRoute = f.reason.startsWith('no route')
  const ruleId = f.ruleId ?? (direction === 'return' && noRoute ? 'missing-return-route' : undefined)
  const out: Mutable<Failure> = { direction, hop, reason: direction === 'return' ? `reply: ${f.reason}` : f.reason }
  if (ruleId !== undefined) out.ruleId = ruleId
  if (f.fix !== undefined) out.fix = f.fix
  return out
}

/**
 * The reply leaves from where the forward packet arrived, addressed to the last NAT gateway that
 * rewrote the source (only the NAT's side then needs a route back), which translates it back
 * and sends it on from its own subnet; and so on until the original source.
 */
function replyLeg(ctx: ReachabilityContext, fwd: Leg, source: Side): Leg {
  const targets = [...fwd.nats].reverse().map((n) => n.v4)
  targets.push(source.addr)
  const leg = new Leg(ctx, { src: fwd.packet.dst, dst: targets[0] }, true)
  const t = fwd.terminal!
  if (t.type === 'holder') {
    if (t.holder.resource.kind === 'interfaceEndpoint') {
      // PrivateLink replies come back from the provider without any provider-side routing.
      for (const h of [...fwd.hops].reverse()) if (h.kind === 'loadBalancer' || h.kind === 'endpointService') leg.hops.push({ ...h, decision: 'forward' })
    }
    leaveInterface(leg, t.holder)
  } else if (t.type === 'internet') fromInternet(leg, t.via)
  else if (t.type === 'service') fromService(leg, t.via)
  else if (t.network) fromOnPrem(leg, t.network)
  else leg.outside('on-premises', 'onPremNetwork', 'On-premises', 'drop').note = 'the on-premises network is not in the design'
  if (t.type === 'onPrem' && !t.network) {
    leg.fail('the reply starts on-premises, in a network the design does not describe', undefined, 'add the on-premises network (onPremNetwork) behind the VPN or Direct Connect gateway')
    return leg
  }
  for (let i = 1; i < targets.length && !leg.failure; i++) {
    const nat = fwd.nats[fwd.nats.length - i]
    if (leg.terminal?.type !== 'holder' || leg.terminal.holder !== nat) {
      leg.fail(`the reply to ${addrText(nat.v4)} does not reach ${ref(nat.resource)}`, 'missing-return-route')
      return leg
    }
    leg.hops.at(-1)!.decision = 'forward'
    leg.hops.at(-1)!.note = `reply translated back to ${addrText(targets[i])}`
    leg.terminal = undefined
    leg.packet.src = nat.v4
    leg.packet.dst = targets[i]
    leg.rewrote()
    routeFromSubnet(leg, nat.subnet, 'origin', 'subnet')
  }
  if (!leg.failure && !endsAtSource(leg, source)) {
    const got = leg.terminal?.type === 'holder' ? ref(leg.terminal.holder.resource) : (leg.terminal?.type ?? 'nowhere')
    leg.fail(`the reply reaches ${got}, not the source ${source.label}`, 'missing-return-route', `route ${destinationBlock(ctx, source.addr)} back toward the source in the tables the reply uses`)
  }
  return leg
}

function endsAtSource(leg: Leg, source: Side): boolean {
  const t = leg.terminal
  if (!t) return false
  if (source.kind === 'holder') return t.type === 'holder' && (t.holder === source.holder || t.holder.v4.value === source.addr.value || t.holder.v6?.value === source.addr.value)
  if (source.kind === 'internet') return t.type === 'internet'
  if (source.kind === 'onPrem') return t.type === 'onPrem'
  return false
}

/** Stateful appliances (firewall ENIs, GWLB endpoints, egress-only gateways) drop replies of flows they did not see. */
function asymmetry(ctx: ReachabilityContext, fwd: Leg, ret: Leg): Failure | undefined {
  const appliance = (r: { kind: string }) => r.kind === 'workload' || r.kind === 'interfaceEndpoint' || r.kind === 'egressOnlyInternetGateway'
  const f = fwd.stateful.filter(appliance)
  const r = ret.stateful.filter(appliance)
  const missing = f.find((x) => !r.includes(x))
  const extra = r.find((x) => !f.includes(x))
  const odd = missing ?? extra
  if (!odd) return undefined
  const legWith = missing ? fwd : ret
  const hop = legWith.hops.find((h) => h.id === odd.id)!
  const [seen, notSeen] = missing ? ['forward packet', 'reply'] : ['reply', 'forward packet']
  if (odd.kind === 'egressOnlyInternetGateway') {
    return {
      direction: 'return',
      hop,
      reason: `${seen === 'reply' ? 'the reply leaves' : 'the request leaves'} through egress-only gateway ${ref(odd)}, which only passes traffic of connections opened from inside through it`,
      ruleId: 'eigw-ipv6-only',
      fix: `for connections opened from the internet, route ::/0 to the internet gateway instead of ${odd.id}`,
    }
  }
  const vpcId = ctx.index.vpcOf(odd)?.id
  const att = vpcId === undefined ? undefined : ctx.index.all('tgwVpcAttachment').find((a) => a.vpc === vpcId && !a.applianceMode && a.subnets.length > 1)
  if (att) {
    return {
      direction: 'return',
      hop,
      reason: `asymmetric path: the ${seen} passes stateful appliance ${ref(odd)} but the ${notSeen} enters ${vpcId} in another AZ and misses it`,
      ruleId: 'tgw-appliance-mode',
      fix: `enable appliance mode on ${ref(att)} so the transit gateway keeps both directions of a flow in one AZ`,
    }
  }
  return {
    direction: 'return',
    hop,
    reason: `asymmetric path: the ${seen} passes stateful appliance ${ref(odd)} but the ${notSeen} does not, so it drops the flow`,
    ruleId: 'rt-middlebox-forwarding',
    fix: `route both directions through ${ref(odd)}: add the matching route toward ${odd.id} in the route table the ${notSeen} uses`,
  }
}

function securityFailure(fwd: Leg, ret: Leg, s: SecurityResult): Failure | undefined {
  const deny = s.checks.find((c) => c.decision === 'deny')
  if (!deny) return undefined
  const hops = deny.direction === 'return' ? ret.hops : fwd.hops
  const hop = hops.find((h) => h.id === deny.at) ?? { id: deny.at, kind: deny.layer === 'networkAcl' ? 'subnet' : 'workload', name: deny.at, decision: 'drop' as const }
  const side = deny.rules === 'in' ? 'inbound' : 'outbound'
  const groups = deny.filters.length === 1 ? 'security group' : 'security groups'
  const what = deny.layer === 'networkAcl' ? `network ACL ${deny.filters[0]} of ${deny.at}` : `${groups} ${joinAnd(deny.filters)} of ${deny.at}`
  const verb = deny.layer === 'securityGroup' && deny.filters.length !== 1 ? 'deny' : 'denies'
  const fix =
    deny.layer === 'networkAcl'
      ? `add an ${side} rule to ${deny.filters[0]} allowing ${deny.direction === 'return' ? 'the reply (ephemeral ports 1024-65535)' : 'the flow'} before the rule that denies it`
      : `add an ${side} rule to ${deny.filters[0]} allowing the flow ${deny.rules === 'in' ? 'from' : 'to'} the peer`
  return { direction: 'security', hop: { ...hop, decision: 'drop' }, reason: `${what} ${verb} ${deny.direction === 'return' ? 'the reply' : 'the flow'} (${side}): ${deny.detail}`, ruleId: deny.layer === 'networkAcl' ? 'nacl-semantics' : 'sg-semantics', fix }
}

