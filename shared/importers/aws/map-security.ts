import { isCidr } from '../../net/cidr'
import { type Draft, type ImportContext, naming } from './context'
import { type Obj, type Rec, bool, num, obj, objs, str } from './record'

type Protocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | '-1'
const protocolNumbers: Record<string, Protocol> = { '-1': '-1', all: '-1', '6': 'tcp', tcp: 'tcp', '17': 'udp', udp: 'udp', '1': 'icmp', icmp: 'icmp', '58': 'icmpv6', icmpv6: 'icmpv6' }

/** The model's protocol for AWS's name or number; undefined for protocols the model cannot hold (ESP, GRE...). */
export function protocolOf(value: unknown): Protocol | undefined {
  return typeof value === 'string' || typeof value === 'number' ? protocolNumbers[String(value).toLowerCase()] : undefined
}

/**
 * Ports of a rule. For ICMP, AWS (and Terraform) write the ICMP type as FromPort and the code as
 * ToPort; -1 means all, written here as no port at all.
 */
function ports(protocol: Protocol, from: number | undefined, to: number | undefined): { fromPort?: number; toPort?: number } {
  if (protocol === '-1') return {}
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    if (from === undefined || from < 0) return {}
    return to === undefined || to < 0 ? { fromPort: from } : { fromPort: from, toPort: to }
  }
  if (from === undefined || to === undefined || from < 0 || to < 0) return {}
  return { fromPort: from, toPort: to }
}

/** Absent, -1 (all) or a port number; anything else is malformed input. */
function portInRange(n: number | undefined): boolean {
  return n === undefined || (Number.isInteger(n) && n >= -1 && n <= 65535)
}

/** Security groups, created first without rules so that rules may reference any group. */
export function mapSecurityGroups(ctx: ImportContext): void {
  const made: [Rec, Draft][] = []
  for (const rec of ctx.records('SecurityGroups')) {
    const g = rec.value
    const groupId = g.GroupId as string
    if (!ctx.claim(groupId, rec)) continue
    const vpc = ctx.get(str(g, 'VpcId'), 'vpc')
    if (!vpc) {
      ctx.skip(rec, groupId, str(g, 'VpcId') ? `its VPC ${str(g, 'VpcId')} is not in the imported data` : 'not in a VPC (EC2-Classic)')
      continue
    }
    const named = naming(g, str(g, 'GroupName') ?? groupId)
    const description = str(g, 'Description')
    made.push([rec, ctx.add(groupId, rec, { kind: 'securityGroup', ...named, ...(description ? { description: description.slice(0, 1024) } : {}), vpc: vpc.id, ingress: [], egress: [] })])
  }
  for (const [rec, group] of made) {
    group.ingress = sgRules(ctx, rec, 'IpPermissions')
    group.egress = sgRules(ctx, rec, 'IpPermissionsEgress')
  }
}

function sgRules(ctx: ImportContext, rec: Rec, field: 'IpPermissions' | 'IpPermissionsEgress'): Obj[] {
  const rules: Obj[] = []
  const groupId = rec.value.GroupId as string
  for (const [perm, i] of objs(rec.value, field)) {
    const protocol = protocolOf(perm.IpProtocol)
    const at = [field, i]
    if (!protocol) {
      ctx.skip(rec, `${groupId} ${field}[${i}]`, `protocol ${String(perm.IpProtocol)} cannot be expressed in a design (tcp, udp, icmp, icmpv6 or all)`, at)
      continue
    }
    const bad = (['FromPort', 'ToPort'] as const).find((k) => !portInRange(num(perm, k)))
    if (bad) {
      ctx.malformed(rec, [...at, bad], `${bad} ${String(perm[bad])} is not a port (-1 to 65535)`)
      continue
    }
    const base = { protocol, ...ports(protocol, num(perm, 'FromPort'), num(perm, 'ToPort')) }
    const note = (o: Obj) => (str(o, 'Description') ? { description: str(o, 'Description')!.slice(0, 255) } : {})
    for (const [r] of objs(perm, 'IpRanges')) if (isCidr(str(r, 'CidrIp') ?? '', 4)) rules.push({ ...base, cidr: str(r, 'CidrIp'), ...note(r) })
    for (const [r] of objs(perm, 'Ipv6Ranges')) if (isCidr(str(r, 'CidrIpv6') ?? '', 6)) rules.push({ ...base, ipv6Cidr: str(r, 'CidrIpv6'), ...note(r) })
    for (const [r, j] of objs(perm, 'PrefixListIds')) {
      const pl = ctx.get(str(r, 'PrefixListId'), 'prefixList')
      if (pl) rules.push({ ...base, prefixList: pl.id, ...note(r) })
      else ctx.skip(rec, `${groupId} rule to ${str(r, 'PrefixListId') ?? '?'}`, 'the prefix list is not in the imported data', [...at, 'PrefixListIds', j])
    }
    for (const [r, j] of objs(perm, 'UserIdGroupPairs')) {
      const peer = ctx.get(str(r, 'GroupId'), 'securityGroup')
      if (peer) rules.push({ ...base, securityGroup: peer.id, ...note(r) })
      else ctx.skip(rec, `${groupId} rule to ${str(r, 'GroupId') ?? '?'}`, 'the referenced security group is not in the imported data', [...at, 'UserIdGroupPairs', j])
    }
  }
  return rules
}

/** Network ACLs with their numbered rules; AWS's fixed final deny (*, number 32767) is implicit in the model. */
export function mapNetworkAcls(ctx: ImportContext): void {
  for (const rec of ctx.records('NetworkAcls')) {
    const n = rec.value
    const aclId = n.NetworkAclId as string
    if (!ctx.claim(aclId, rec)) continue
    const vpc = ctx.get(n.VpcId as string, 'vpc')
    if (!vpc) {
      ctx.skip(rec, aclId, `its VPC ${n.VpcId as string} is not in the imported data`)
      continue
    }
    const ingress: Obj[] = []
    const egress: Obj[] = []
    for (const [e, i] of objs(n, 'Entries')) {
      const number = num(e, 'RuleNumber')
      if (number === undefined || number >= 32767) continue
      const protocol = protocolOf(e.Protocol)
      const cidr = str(e, 'CidrBlock') ?? str(e, 'Ipv6CidrBlock')
      const action = str(e, 'RuleAction')
      if (!protocol || !cidr || !isCidr(cidr) || (action !== 'allow' && action !== 'deny') || number < 1) {
        ctx.skip(rec, `${aclId} rule ${number}`, protocol ? 'rule without a valid CIDR or action' : `protocol ${String(e.Protocol)} cannot be expressed in a design${action === 'deny' ? ' (this deny is lost: the import is more permissive here)' : ''}`, ['Entries', i])
        continue
      }
      const range = obj(e, 'PortRange')
      const bad = (['From', 'To'] as const).find((k) => !portInRange(num(range, k)))
      if (bad) {
        ctx.malformed(rec, ['Entries', i, 'PortRange', bad], `${bad} ${String(range?.[bad])} is not a port (0 to 65535)`)
        continue
      }
      const portFields = protocol === 'tcp' || protocol === 'udp' ? { ...(num(range, 'From') !== undefined ? { fromPort: num(range, 'From') } : {}), ...(num(range, 'To') !== undefined ? { toPort: num(range, 'To') } : {}) } : {}
      ;(bool(e, 'Egress') ? egress : ingress).push({ ruleNumber: number, action, protocol, ...portFields, cidr })
    }
    const byNumber = (a: Obj, b: Obj) => (a.ruleNumber as number) - (b.ruleNumber as number)
    const acl = ctx.add(aclId, rec, { kind: 'networkAcl', ...naming(n, aclId), vpc: vpc.id, default: bool(n, 'IsDefault') ?? false, ingress: ingress.sort(byNumber), egress: egress.sort(byNumber) })
    for (const [a, i] of objs(n, 'Associations')) {
      const subnet = ctx.get(str(a, 'SubnetId'), 'subnet')
      // Subnets without a NACL use the VPC's default one, so only other associations are written.
      if (subnet && !acl.default) subnet.networkAcl = acl.id
      else if (!subnet && str(a, 'SubnetId')) ctx.skip(rec, `${aclId} association`, `subnet ${str(a, 'SubnetId')} is not in the imported data`, ['Associations', i])
    }
  }
}
