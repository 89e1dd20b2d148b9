import type { ResourceOf } from '../model/kinds'
import { parseCidr } from '../net/cidr'
import { addrText, inCidr } from './addresses'
import { destinationBlock, missingRoute, ref, unownedFix, unownedPrivate } from './fixes'
import type { Arrival, Leg } from './leg'
import { type At, deliver, routeFromSubnet } from './vpc-routing'

/** What each gateway-type route target does with a packet (catalogue section 14, step 4). */

const ARRIVED: Record<Arrival, string> = {
  origin: 'from its own subnets',
  peering: 'through a peering connection',
  tgw: 'through a transit gateway',
  vgw: 'through the VPN/Direct Connect gateway',
  igw: 'through the internet gateway',
}

const blackhole = (leg: Leg, at: At, target: { id: string; externalId?: string }, why: string, fix: string) =>
  leg.fail(`route to ${ref(target)} in ${ref(at.table)} is a blackhole: ${why}`, 'rt-blackhole', fix)

/** Peering delivers only from one peer's blocks to the other's, by the peer's local routing. */
export function viaPeering(leg: Leg, pcx: ResourceOf<'peeringConnection'>, at: At): void {
  const ctx = leg.ctx
  const { src, dst } = leg.packet
  const peerId = pcx.requesterVpc === at.vpc.id ? pcx.accepterVpc : pcx.accepterVpc === at.vpc.id ? pcx.requesterVpc : undefined
  if (peerId === undefined) return blackhole(leg, at, pcx, `${pcx.id} does not connect ${at.vpc.id}`, `route through a peering connection of ${ref(at.vpc)}`)
  const peer = ctx.vpc(peerId)
  leg.hop(pcx, 'forward')
  if (pcx.status !== 'active' || !peer) return blackhole(leg, at, pcx, `${pcx.id} is ${pcx.status}`, `accept ${ref(pcx)} in the accepter account`)
  if (!ctx.inVpc(at.vpc.id, src)) {
    return leg.fail(
      `the packet from ${addrText(src)} entered ${ref(at.vpc)} ${ARRIVED[at.arrival]}; a peering connection only carries traffic whose source is in one peer (no edge-to-edge routing)`,
      'peering-edge-to-edge',
      `connect the source to ${ref(peer)} directly (peering or transit gateway), or re-source the traffic with a proxy or NAT instance in ${ref(at.vpc)}`,
    )
  }
  if (!ctx.inVpc(peer.id, dst)) {
    const other = ctx.vpcOfAddr(dst)
    if (other) {
      return leg.fail(
        `${addrText(dst)} is in ${ref(other)}, not in the peer ${ref(peer)}: ${ref(peer)} never forwards traffic arriving over ${pcx.id} (peering is not transitive)`,
        'peering-not-transitive',
        `peer ${ref(at.vpc)} with ${ref(other)} directly (or join them through a transit gateway) and add route ${destinationBlock(ctx, dst)} → that connection in ${ref(at.table)}`,
      )
    }
    return leg.fail(
      `${leg.dstText} is outside ${ref(peer)}: traffic arriving over ${pcx.id} cannot leave through ${ref(peer)}'s gateways, NAT or endpoints (no edge-to-edge routing)`,
      'peering-edge-to-edge',
      `give ${ref(at.vpc)} its own path to ${leg.dstText} (internet/NAT gateway, VPN, endpoint) and route it in ${ref(at.table)}`,
    )
  }
  deliver(leg, peer, 'peering', undefined, false)
}

/** The IGW translates only addresses of interfaces of its VPC that have a public IPv4 (IPv6 as-is). */
export function viaIgw(leg: Leg, igw: ResourceOf<'internetGateway'>, at: At): void {
  const ctx = leg.ctx
  const { src, dst } = leg.packet
  if (igw.vpc !== at.vpc.id) return blackhole(leg, at, igw, `${igw.id} is attached to ${igw.vpc}, not ${at.vpc.id}`, `route to the internet gateway of ${ref(at.vpc)}`)
  leg.hop(igw, 'forward')
  const owner = ctx.vpcOfAddr(dst) ?? ctx.onPremOf(dst)
  if (owner && !leg.packet.service) {
    // Fix it where the packet started (a private subnet whose default route led here through NAT).
    const where = leg.origin ?? { vpc: at.vpc, table: at.table }
    const m = missingRoute(ctx, where.vpc, where.table, dst, undefined)
    return leg.fail(`${addrText(dst)} belongs to ${ref(owner)}, but ${ref(at.table)} sends it to ${igw.id}: the internet does not route to it`, m.ruleId, m.fix)
  }
  if (privateToInternet(leg, igw, at)) return
  const holder = ctx.holderAt(src, at.vpc.id)
  const fromHere = ctx.inVpc(at.vpc.id, src)
  if (dst.family === 4) {
    if (holder?.resource.kind === 'natGateway' && holder.resource.connectivity === 'private') {
      return leg.fail(`${ref(holder.resource)} is a private NAT gateway: the internet gateway drops its traffic`, 'natgw-private', `use a public NAT gateway with an Elastic IP for internet egress`)
    }
    const isPublic = fromHere && (holder ? holder.publicIp : ctx.subnetOf(at.vpc.id, src)?.mapPublicIpOnLaunch === true)
    if (!isPublic) {
      const nat = ctx.natGatewaysOf(at.vpc.id).find((n) => n.connectivity === 'public')
      const who = holder && !holder.representative ? `${holder.resource.kind} ${ref(holder.resource)}` : addrText(src)
      const fix = !fromHere
        ? `the source is not in ${ref(at.vpc)}: route 0.0.0.0/0 in ${ref(at.table)} to a NAT gateway (centralised egress) instead`
        : holder?.resource.kind === 'workload'
          ? `give ${ref(holder.resource)} a public IP (publicIp), or route 0.0.0.0/0 in ${ref(at.table)} → ${nat ? ref(nat) : 'a NAT gateway'}`
          : `enable mapPublicIpOnLaunch on ${ref(ctx.subnetOf(at.vpc.id, src) ?? at.vpc)}, or route 0.0.0.0/0 in ${ref(at.table)} → ${nat ? ref(nat) : 'a NAT gateway'}`
      return leg.fail(`${who} has no public IPv4 address in ${ref(at.vpc)}: ${igw.id} only translates interfaces with a public or Elastic IP`, 'igw-public-address', fix)
    }
  } else if (!fromHere) {
    return leg.fail(`${addrText(src)} is not an IPv6 address of ${ref(at.vpc)}`, 'igw-public-address', `send IPv6 internet traffic from ${ref(at.vpc)}'s own subnets`)
  }
  leg.outside('internet', 'internet', 'Internet', 'accept')
  leg.arrive({ type: 'internet', via: igw })
}

/** Fails a packet for a private address no network of the design holds: the internet never delivers it. */
function privateToInternet(leg: Leg, gateway: { id: string }, at: At): boolean {
  const dst = leg.packet.dst
  const range = leg.packet.service ? undefined : unownedPrivate(leg.ctx, dst)
  if (range === undefined) return false
  leg.fail(`${addrText(dst)} is a private address (${range}) that no network in the design holds; ${ref(at.table)} sends it to ${gateway.id}, but the internet does not route private addresses`, undefined, unownedFix(dst))
  return true
}

export function viaEgressOnly(leg: Leg, eigw: ResourceOf<'egressOnlyInternetGateway'>, at: At): void {
  const { src, dst } = leg.packet
  if (eigw.vpc !== at.vpc.id) return blackhole(leg, at, eigw, `${eigw.id} belongs to ${eigw.vpc}`, `route to the egress-only gateway of ${ref(at.vpc)}`)
  leg.hop(eigw, 'forward')
  if (privateToInternet(leg, eigw, at)) return
  if (dst.family === 4) return leg.fail(`${eigw.id} carries IPv6 only; ${addrText(dst)} is IPv4`, 'eigw-ipv6-only', `route IPv4 internet traffic to a NAT gateway or internet gateway in ${ref(at.table)}`)
  if (!leg.ctx.inVpc(at.vpc.id, src)) return leg.fail(`${addrText(src)} is not an IPv6 address of ${ref(at.vpc)}`, 'eigw-ipv6-only', `send IPv6 egress from ${ref(at.vpc)}'s own subnets`)
  leg.stateful.push(eigw)
  leg.outside('internet', 'internet', 'Internet', 'accept')
  leg.arrive({ type: 'internet', via: eigw })
}

/** NAT: own VPC's subnets and TGW attachments only; rewrites the source, then its own subnet's table. */
export function viaNat(leg: Leg, nat: ResourceOf<'natGateway'>, at: At): void {
  const ctx = leg.ctx
  const natSubnet = ctx.index.getOf('subnet', nat.subnet)
  if (!natSubnet || natSubnet.vpc !== at.vpc.id) return blackhole(leg, at, nat, `${nat.id} is not in ${at.vpc.id}`, `route to a NAT gateway of ${ref(at.vpc)}`)
  const holder = (ctx.holdersBySubnet.get(natSubnet.id) ?? []).find((h) => h.resource.id === nat.id)
  leg.hop(nat, 'forward')
  if (at.arrival !== 'origin' && at.arrival !== 'tgw') {
    return leg.fail(`${ref(nat)} does not accept traffic that entered ${ref(at.vpc)} ${ARRIVED[at.arrival]}`, 'natgw-no-edge-ingress', `give the source network its own NAT gateway, or bring it in through a transit gateway (centralised egress)`)
  }
  if (leg.packet.dst.family === 6) return leg.fail(`${ref(nat)} translates IPv4 (and NAT64 only); use an egress-only internet gateway for IPv6`, 'natgw-family', `route ::/0 → an egress-only internet gateway in ${ref(at.table)}`)
  if (at.subnet?.id === natSubnet.id) {
    return leg.fail(`${ref(nat)}'s own subnet ${ref(natSubnet)} routes ${leg.dstText} back to it (loop)`, 'natgw-public-placement', `route 0.0.0.0/0 → the internet gateway in ${ref(at.table)}, the table of the NAT's subnet`)
  }
  if (!holder) return leg.fail(`${ref(nat)} has no address in ${ref(natSubnet)} (subnet full)`, 'subnet-reserved-ip', `use a larger subnet for ${ref(nat)}`)
  leg.hops.at(-1)!.note = `source ${addrText(leg.packet.src)} rewritten to ${addrText(holder.v4)}`
  leg.crossings.push({ subnet: natSubnet, rules: 'in', remote: leg.packet.src })
  leg.stateful.push(nat)
  leg.nats.push(holder)
  leg.packet.src = holder.v4
  leg.rewrote()
  routeFromSubnet(leg, natSubnet, 'origin', 'subnet')
}

/** The VGW forwards only to prefixes it learned (VPN static routes, BGP, Direct Connect) and only for its VPC. */
export function viaVgw(leg: Leg, vgw: ResourceOf<'vpnGateway'>, at: At): void {
  const ctx = leg.ctx
  const { src, dst } = leg.packet
  if (vgw.vpc !== at.vpc.id) return blackhole(leg, at, vgw, `${vgw.id} is not attached to ${at.vpc.id}`, `attach ${ref(vgw)} to ${ref(at.vpc)}`)
  const learned = ctx.vgwLearnedPrefixes(vgw.id)
  leg.hop(vgw, 'forward', { consulted: `prefixes learned by ${vgw.id} (${learned.length})` })
  if (dst.family === 6) return leg.fail(`${vgw.id} carries no IPv6`, 'vgw-routing', 'terminate IPv6 VPNs on a transit gateway')
  if (!ctx.inVpc(at.vpc.id, src)) {
    return leg.fail(`traffic from ${addrText(src)} entered ${ref(at.vpc)} ${ARRIVED[at.arrival]}; ${vgw.id} only carries traffic of ${ref(at.vpc)}`, 'vgw-no-transit', 'join the networks through a transit gateway instead')
  }
  let best: (typeof learned)[number] | undefined
  for (const p of learned) if (inCidr(p.cidr, dst) && (!best || p.cidr.prefix > best.cidr.prefix)) best = p
  if (!best) {
    const dxgws = ctx.index.all('dxGateway').filter((g) => g.associations.includes(vgw.id))
    const dstVpc = ctx.vpcOfAddr(dst)
    // Another VPC behind the same Direct Connect gateway: the DX gateway never routes VPC to VPC.
    const shared = dstVpc && dstVpc.id !== at.vpc.id ? dxgws.find((g) => g.associations.some((a) => ctx.index.getOf('vpnGateway', a)?.vpc === dstVpc.id)) : undefined
    if (shared && dstVpc) {
      return leg.fail(
        `${addrText(dst)} is in ${ref(dstVpc)}, which is behind the same Direct Connect gateway ${ref(shared)}: a Direct Connect gateway does not route between the VPCs associated with it`,
        'dxgw-no-vpc-to-vpc',
        `connect ${ref(at.vpc)} and ${ref(dstVpc)} with a peering connection or a transit gateway and route ${destinationBlock(ctx, dst)} to it in ${ref(at.table)}`,
      )
    }
    const vpn = ctx.index.all('vpnConnection').find((v) => v.gateway === vgw.id)
    const fix = vpn
      ? vpn.routing === 'static'
        ? `add ${destinationBlock(ctx, dst)} to the static routes of ${ref(vpn)}`
        : `advertise ${destinationBlock(ctx, dst)} over BGP (add it to the on-premises network behind ${vpn.customerGateway})`
      : dxgws.length > 0
        ? `advertise ${destinationBlock(ctx, dst)} from on-premises over Direct Connect gateway ${ref(dxgws[0])} (add the network to its onPremNetworks)`
        : `create a VPN connection to ${ref(vgw)} or associate it with a Direct Connect gateway`
    return leg.fail(`${vgw.id} has not learned a prefix covering ${addrText(dst)}`, 'vgw-routing', fix)
  }
  leg.hops.at(-1)!.matched = `${best.cidr.canonical} via ${best.via}`
  const via = ctx.index.get(best.via)
  if (via) leg.hop(via, 'forward')
  arriveOnPrem(leg, best.network)
}

export function arriveOnPrem(leg: Leg, fallback: ResourceOf<'onPremNetwork'> | undefined): void {
  const network = leg.ctx.onPremOf(leg.packet.dst) ?? fallback
  if (network) leg.hop(network, 'accept')
  else leg.outside('on-premises', 'onPremNetwork', 'On-premises', 'accept')
  leg.arrive({ type: 'onPrem', network })
}

/** Gateway endpoints serve only packets that start in their VPC, from subnets whose table is associated. */
export function viaGatewayEndpoint(leg: Leg, ep: ResourceOf<'gatewayEndpoint'>, at: At): void {
  if (ep.vpc !== at.vpc.id) return blackhole(leg, at, ep, `${ep.id} belongs to ${ep.vpc}`, `route to a gateway endpoint of ${ref(at.vpc)}`)
  leg.hop(ep, 'forward')
  if (at.arrival !== 'origin' || !leg.ctx.inVpc(at.vpc.id, leg.packet.src)) {
    return leg.fail(
      `traffic that entered ${ref(at.vpc)} ${ARRIVED[at.arrival]} cannot use gateway endpoint ${ref(ep)}`,
      'vpce-gateway-not-transitive',
      `create an interface endpoint for ${ep.service} in ${ref(at.vpc)}: peered, TGW-attached and on-premises networks reach it by IP`,
    )
  }
  if (!ep.routeTables.includes(at.table.id)) {
    return leg.fail(`${ref(at.table)} is not associated with ${ref(ep)}: AWS only routes to a gateway endpoint through the prefix-list route an association adds`, 'vpce-gateway-routes', `associate ${ref(at.table)} with ${ref(ep)} instead of writing the route by hand`)
  }
  if (!servesAddress(leg, ep)) {
    return leg.fail(`${leg.dstText} is not an address of ${ep.service}: ${ref(ep)} only carries traffic to its service`, 'vpce-gateway-routes', `route ${addrText(leg.packet.dst)} elsewhere; the endpoint's own route covers only the ${ep.service} prefix list`)
  }
  const service = ep.service === 's3' ? 'Amazon S3' : 'Amazon DynamoDB'
  leg.outside(ep.service, 'awsService', service, 'accept')
  leg.arrive({ type: 'service', service: ep.service, via: ep })
}

/** The packet is for the endpoint's service: asked for by name, or inside the service's prefix list. */
function servesAddress(leg: Leg, ep: ResourceOf<'gatewayEndpoint'>): boolean {
  if (leg.packet.service === ep.service) return true
  const region = leg.ctx.vpc(ep.vpc)?.region
  const pl = region === undefined ? undefined : leg.ctx.servicePrefixList(ep.service, region)
  return (pl?.entries ?? []).some((e) => {
    const c = parseCidr(e)
    return c !== null && inCidr(c, leg.packet.dst)
  })
}
