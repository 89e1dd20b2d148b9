import type { ResourceOf } from '../model/kinds'
import { privateRangeOf } from '../net/cidr'
import { type Addr, addrText, inCidr } from './addresses'
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

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/**
 * A private address (RFC 1918, 100.64.0.0/10, fc00::/7) that no VPC or on-premises network of the
 * design holds, described as `10.0.0.0/8, RFC 1918`; undefined for any other address. Nothing in the
 * design delivers it, and the internet never does.
 */
export function unownedPrivate(ctx: ReachabilityContext, dst: Addr): string | undefined {
  if (ctx.vpcOfAddr(dst) || ctx.onPremOf(dst)) return undefined
  const r = privateRangeOf(dst.value, dst.family)
  return r && `${r.cidr.canonical}, ${r.name}`
}

export function unownedFix(dst: Addr): string {
  return `no network in the design holds ${addrText(dst)}: add the VPC or on-premises network that owns it (and a route to it), or check the address`
}

/**
 * The VPCs `vpcId` is connected to (active peering or a shared transit gateway) that hold `dst`, when
 * more than one does (overlapping peers); else empty. A route sends the address to only one of them.
 */
export function ambiguousHolders(ctx: ReachabilityContext, vpcId: string, dst: Addr): Vpc[] {
  if (ctx.inVpc(vpcId, dst)) return []
  const list = ctx.vpcsOfAddr(dst).filter((v) => v.id !== vpcId && (ctx.activePeering(vpcId, v.id) || sharedTgw(ctx, vpcId, v.id)))
  return list.length > 1 ? list : []
}

/** The one VPC of `holders` with a subnet around `dst`, which the design then means; undefined when none or several have one. */
export function meantHolder(ctx: ReachabilityContext, holders: readonly Vpc[], dst: Addr): Vpc | undefined {
  const withSubnet = holders.filter((v) => ctx.subnetOf(v.id, dst))
  return withSubnet.length === 1 ? withSubnet[0] : undefined
}

/** Route a block more specific than the overlap (the destination subnet's) to the connection of the VPC meant. */
function ambiguousFix(ctx: ReachabilityContext, vpc: Vpc, holders: readonly Vpc[], dst: Addr, table: string): { ruleId?: string; fix: string } {
  const peerings = holders.map((v) => activePeering(ctx, vpc.id, v.id))
  const via = (v: Vpc) => (activePeering(ctx, vpc.id, v.id) ?? sharedTgw(ctx, vpc.id, v.id))!.id
  const allPeered = peerings.every((p) => p !== undefined)
  const meant = meantHolder(ctx, holders, dst)
  const subnet = meant && ctx.subnetOf(meant.id, dst)
  const cidr = subnet && (dst.family === 4 ? subnet.cidr : subnet.ipv6Cidr)
  let fix: string
  if (meant && cidr) {
    const others = joinAnd(holders.filter((v) => v !== meant).map((v) => v.id))
    fix = `add route ${cidr} → ${via(meant)} in ${table}: ${others} also ${holders.length > 2 ? 'hold' : 'holds'} ${addrText(dst)}, so route the subnet's block, not the whole VPC's`
  } else {
    let longest: { canonical: string; prefix: number } | undefined
    for (const v of holders) {
      const b = ctx.blocksOf(v.id).find((x) => inCidr(x, dst))
      if (b && (!longest || b.prefix > longest.prefix)) longest = b
    }
    const ways = holders.map((v) => `${via(v)} for ${v.id}`).join(', ')
    fix = `${addrText(dst)} is in ${joinAnd(holders.map((v) => v.id))}, and a route sends it to only one of them: route a block more specific than ${longest?.canonical} (the destination subnet's CIDR) in ${table} to the ${allPeered ? 'peering' : 'connection'} of the VPC meant (${ways})`
  }
  return allPeered ? { ruleId: 'peering-overlapping-peers', fix } : { fix }
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
 * (`vgw-routing`), the internet (`igw-public-address`) or an AWS service. An address two connected
 * VPCs both hold (`peering-overlapping-peers`) or a private one no network holds gets no single route.
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
  const several = ambiguousHolders(ctx, vpc.id, dst)
  if (several.length > 1) return ambiguousFix(ctx, vpc, several, dst, t)
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
  if (unownedPrivate(ctx, dst)) return { fix: unownedFix(dst) }
  const def = dst.family === 4 ? '0.0.0.0/0' : '::/0'
  const igw = ctx.index.childrenOf(vpc.id, 'internetGateway')[0]
  const nat = ctx.natGatewaysOf(vpc.id)[0]
  if (dst.family === 4 && nat) return { ruleId: 'igw-public-address', fix: `add route ${def} → ${ref(nat)} in ${t} (or → ${igw ? ref(igw) : 'an internet gateway'} for instances with public IPs)` }
  if (igw) return { ruleId: 'igw-public-address', fix: `add route ${def} → ${ref(igw)} in ${t}` }
  return { ruleId: 'igw-public-address', fix: `attach an internet gateway to ${ref(vpc)} and add route ${def} → it in ${t}` }
}
