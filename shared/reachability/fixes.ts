import type { ResourceOf } from '../model/kinds'
import { type Addr, inCidr } from './addresses'
import type { ReachabilityContext } from './context'

type Vpc = ResourceOf<'vpc'>

/** Names a resource the way a user finds it: id, and AWS id when imported. */
export function ref(r: { id: string; externalId?: string }): string {
  return r.externalId !== undefined && r.externalId !== r.id ? `${r.id} (${r.externalId})` : r.id
}

/** The block to write in a route for `dst`: the destination VPC's or on-premises block holding it. */
export function destinationBlock(ctx: ReachabilityContext, dst: Addr): string {
  const vpc = ctx.vpcOfAddr(dst)
  if (vpc) return ctx.blocksOf(vpc.id).find((b) => inCidr(b, dst))!.canonical
  const onPrem = ctx.onPremOf(dst)
  const c = onPrem?.cidrs.find((t) => t.includes(dst.family === 4 ? '.' : ':'))
  if (onPrem && c) return c
  return dst.family === 4 ? '0.0.0.0/0' : '::/0'
}

export function activePeering(ctx: ReachabilityContext, a: string, b: string) {
  return ctx.activePeering(a, b)
}

/** A transit gateway both VPCs are attached to. */
export function sharedTgw(ctx: ReachabilityContext, a: string, b: string) {
  return ctx.index.all('transitGateway').find((t) => ctx.vpcAttachment(a, t.id) && ctx.vpcAttachment(b, t.id))
}

/**
 * Why a table has no usable route and what to add, by what the destination is: a peer VPC
 * (`peering-routes-both-sides`), a VPC on a shared transit gateway (`tgw-vpc-route`), on-premises
 * (`vgw-routing`), the internet (`igw-public-address`) or an AWS service.
 */
export function missingRoute(
  ctx: ReachabilityContext,
  vpc: Vpc,
  table: ResourceOf<'routeTable'>,
  dst: Addr,
  service: string | undefined,
): { ruleId?: string; fix: string } {
  const t = ref(table)
  const block = destinationBlock(ctx, dst)
  if (service === 's3' || service === 'dynamodb') {
    const ep = ctx.index.childrenOf(vpc.id, 'gatewayEndpoint').find((e) => e.service === service)
    if (ep) return { ruleId: 'vpce-gateway-routes', fix: `associate ${t} with gateway endpoint ${ref(ep)}` }
    return { fix: `add a ${service} gateway endpoint to ${ref(vpc)} associated with ${t}, or route 0.0.0.0/0 in ${t} to a NAT gateway` }
  }
  const peerVpc = ctx.vpcOfAddr(dst)
  if (peerVpc && peerVpc.id !== vpc.id) {
    const pcx = activePeering(ctx, vpc.id, peerVpc.id)
    if (pcx) return { ruleId: 'peering-routes-both-sides', fix: `add route ${block} → ${ref(pcx)} in ${t}` }
    const tgw = sharedTgw(ctx, vpc.id, peerVpc.id)
    if (tgw) return { ruleId: 'tgw-vpc-route', fix: `add route ${block} → ${ref(tgw)} in ${t}` }
    const middle = ctx.peersOf(vpc.id).find((x) => ctx.activePeering(x, peerVpc.id))
    const note = middle ? ` (${middle} peers with both, but peering is not transitive)` : ''
    return { fix: `connect ${ref(vpc)} and ${ref(peerVpc)} (peering connection or transit gateway) and add route ${block} → it in ${t}${note}` }
  }
  if (ctx.onPremOf(dst)) {
    const vgw = ctx.index.all('vpnGateway').find((g) => g.vpc === vpc.id)
    if (vgw) return { ruleId: 'vgw-routing', fix: `add route ${block} → ${ref(vgw)} in ${t}, or enable route propagation from ${ref(vgw)}` }
    const tgw = ctx.index.all('transitGateway').find((g) => ctx.vpcAttachment(vpc.id, g.id))
    if (tgw) return { ruleId: 'tgw-vpc-route', fix: `add route ${block} → ${ref(tgw)} in ${t}` }
    return { ruleId: 'vgw-routing', fix: `attach a virtual private gateway or transit gateway with a VPN to ${ref(vpc)} and route ${block} to it in ${t}` }
  }
  const def = dst.family === 4 ? '0.0.0.0/0' : '::/0'
  const igw = ctx.index.childrenOf(vpc.id, 'internetGateway')[0]
  const nat = ctx.natGatewaysOf(vpc.id)[0]
  if (dst.family === 4 && nat) return { ruleId: 'igw-public-address', fix: `add route ${def} → ${ref(nat)} in ${t} (or → ${igw ? ref(igw) : 'an internet gateway'} for instances with public IPs)` }
  if (igw) return { ruleId: 'igw-public-address', fix: `add route ${def} → ${ref(igw)} in ${t}` }
  return { ruleId: 'igw-public-address', fix: `attach an internet gateway to ${ref(vpc)} and add route ${def} → it in ${t}` }
}
