import type { ResourceOf } from '../model/kinds'
import { parseCidr } from '../net/cidr'
import { type Addr, type Holder, addrText, inCidr } from './addresses'
import type { ReachabilityContext } from './context'
import { activePeering } from './fixes'
import { type Space, describe, intersect, isEmpty, replySpace, sameSpace, spaceOf, subtract, union } from './flow-space'
import type { Crossing } from './leg'
import type { FilterDecision, SecurityCheck, SecurityResult } from './types'

/**
 * The filtering layer (catalogue section 13), evaluated after routing: NACLs on every subnet
 * boundary crossed, both directions (stateless: replies to ephemeral ports 1024–65535), and
 * security groups on the source interface (outbound) and the destination interface (inbound);
 * security groups let replies through by themselves. NACLs of TGW attachment subnets are not
 * evaluated. A NACL or interface the design gives no filter is listed as unchecked.
 */
export interface SecurityInput {
  readonly query: Space
  readonly source?: Holder
  readonly destination?: Holder
  /** The address the destination sees as source (after NAT). */
  readonly seenSource: Addr
  readonly destinationAddr: Addr
  /** AWS service the flow goes to, for prefix-list rules of security groups. */
  readonly service: string | undefined
  readonly forward: readonly Crossing[]
  readonly reply: readonly Crossing[]
}

export function evaluateSecurity(ctx: ReachabilityContext, input: SecurityInput): SecurityResult {
  const checks: SecurityCheck[] = []
  const unchecked: string[] = []
  const sgCheck = (holder: Holder | undefined, rules: 'in' | 'out', remote: Addr) => {
    if (!holder) return
    if (holder.securityGroups.length === 0) {
      if (holder.resource.kind !== 'natGateway' && holder.resource.kind !== 'tgwVpcAttachment') unchecked.push(holder.representative ? `host ${addrText(rules === 'out' ? remote : input.destinationAddr)}` : holder.resource.id)
      return
    }
    checks.push(evaluateGroups(ctx, holder, rules, remote, input.query, input.service))
  }
  sgCheck(input.source, 'out', input.destinationAddr)
  const naclChecks = (list: readonly Crossing[], direction: 'forward' | 'return', space: Space) => {
    for (const c of list) {
      const nacl = ctx.index.networkAclOfSubnet(c.subnet)
      if (!nacl) {
        if (!unchecked.includes(c.subnet.id)) unchecked.push(c.subnet.id)
        continue
      }
      checks.push(evaluateNacl(nacl, c, direction, space))
    }
  }
  naclChecks(input.forward, 'forward', input.query)
  sgCheck(input.destination, 'in', input.seenSource)
  naclChecks(input.reply, 'return', replySpace(input.query))
  const status = checks.length === 0 ? 'unchecked' : checks.some((c) => c.decision === 'deny') ? 'blocked' : checks.some((c) => c.decision === 'partial') ? 'partial' : 'allowed'
  return { status, checks, unchecked }
}

const COMMON_CLIENT_PORTS: Space = new Map([
  ['tcp', [[32768, 65535]]],
  ['udp', [[32768, 65535]]],
  ['icmp', [[0, 0]]],
  ['icmpv6', [[0, 0]]],
  ['other', [[0, 0]]],
] as const)

function decide(allowed: Space, query: Space): FilterDecision {
  return isEmpty(allowed) ? 'deny' : sameSpace(allowed, query) ? 'allow' : 'partial'
}

function evaluateNacl(nacl: ResourceOf<'networkAcl'>, c: Crossing, direction: 'forward' | 'return', query: Space): SecurityCheck {
  const rules = [...(c.rules === 'in' ? nacl.ingress : nacl.egress)].sort((a, b) => a.ruleNumber - b.ruleNumber)
  let remaining = query
  let allowed: Space = new Map()
  const deciders: string[] = []
  for (const r of rules) {
    const cidr = parseCidr(r.cidr)
    if (!cidr || !inCidr(cidr, c.remote)) continue
    const part = intersect(remaining, spaceOf(r.protocol, r.fromPort, r.toPort))
    if (isEmpty(part)) continue
    if (r.action === 'allow') allowed = union(allowed, part)
    remaining = subtract(remaining, part)
    deciders.push(`rule ${r.ruleNumber} ${r.action} ${describe(part)} ${c.rules === 'in' ? 'from' : 'to'} ${r.cidr}`)
    if (isEmpty(remaining)) break
  }
  if (!isEmpty(remaining)) deciders.push(`* deny ${describe(remaining)} (no rule matches)`)
  let decision = decide(allowed, query)
  // A reply goes to whatever ephemeral port the client picked; Linux and Windows use 32768–65535.
  if (direction === 'return' && decision === 'partial' && !isEmpty(subtract(intersect(query, COMMON_CLIENT_PORTS), allowed))) decision = 'deny'
  const detail = decision === 'partial' ? `allows ${describe(allowed)} only: ${deciders.join('; ')}` : deciders.join('; ')
  return { layer: 'networkAcl', direction, rules: c.rules, at: c.subnet.id, filters: [nacl.id], decision, detail }
}

function evaluateGroups(ctx: ReachabilityContext, holder: Holder, rules: 'in' | 'out', remote: Addr, query: Space, service: string | undefined): SecurityCheck {
  let allowed: Space = new Map()
  const hits: string[] = []
  const notes: string[] = []
  for (const sgId of holder.securityGroups) {
    const sg = ctx.index.getOf('securityGroup', sgId)
    if (!sg) continue
    for (const r of rules === 'in' ? sg.ingress : sg.egress) {
      const peer = matchesPeer(ctx, sg, r, remote, rules, service)
      if (peer !== true) {
        if (typeof peer === 'string') notes.push(peer)
        continue
      }
      const part = intersect(query, spaceOf(r.protocol, r.fromPort, r.toPort))
      if (isEmpty(part)) continue
      allowed = union(allowed, part)
      hits.push(`${sg.id}: ${describe(part)} ${rules === 'in' ? 'from' : 'to'} ${r.cidr ?? r.ipv6Cidr ?? r.securityGroup ?? r.prefixList}`)
    }
  }
  const decision = decide(allowed, query)
  const head = decision === 'deny' ? `no ${rules === 'in' ? 'inbound' : 'outbound'} rule allows ${describe(query)} ${rules === 'in' ? 'from' : 'to'} ${addrText(remote)}` : decision === 'partial' ? `allows ${describe(allowed)} only` : 'allowed'
  const detail = [head, ...hits, ...notes].join('; ')
  return { layer: 'securityGroup', direction: 'forward', rules, at: holder.resource.id, filters: holder.securityGroups, decision, detail }
}

type SgRule = ResourceOf<'securityGroup'>['ingress'][number]

/** True when the rule's peer is the remote end; a string says why a group reference cannot match. */
function matchesPeer(ctx: ReachabilityContext, sg: ResourceOf<'securityGroup'>, r: SgRule, remote: Addr, rules: 'in' | 'out', service?: string): boolean | string {
  const cidrText = r.cidr ?? r.ipv6Cidr
  if (cidrText !== undefined) {
    const c = parseCidr(cidrText)
    return c !== null && inCidr(c, remote)
  }
  if (r.prefixList !== undefined) {
    const pl = ctx.index.getOf('prefixList', r.prefixList)
    if (!pl) return false
    if (service !== undefined && pl.awsService === service) return true
    return pl.entries.some((e) => {
      const c = parseCidr(e)
      return c !== null && inCidr(c, remote)
    })
  }
  if (r.securityGroup === undefined) return false
  const peer = ctx.holderAt(remote)
  if (!peer?.securityGroups.includes(r.securityGroup)) return false
  const other = ctx.index.getOf('securityGroup', r.securityGroup)
  if (!other) return false
  if (other.vpc === sg.vpc) return true
  const [a, b] = [ctx.vpc(sg.vpc), ctx.vpc(other.vpc)]
  if (!a || !b) return false
  if (activePeering(ctx, a.id, b.id)) {
    return a.region === b.region || `${r.securityGroup} is in ${b.id} across inter-Region peering: the reference does not match (peering-inter-region-sg)`
  }
  const tgw = ctx.index.all('transitGateway').find((t) => {
    const [x, y] = [ctx.vpcAttachment(a.id, t.id), ctx.vpcAttachment(b.id, t.id)]
    return x && y && t.securityGroupReferencing && x.securityGroupReferencing && y.securityGroupReferencing
  })
  if (tgw && a.region === b.region && rules === 'in') return true
  return `${r.securityGroup} is in ${b.id}, which this group cannot reference (sg-reference-scope)`
}
