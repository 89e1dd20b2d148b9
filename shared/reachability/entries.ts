import type { ResourceOf } from '../model/kinds'
import { parseCidr } from '../net/cidr'
import { addrText, inCidr } from './addresses'
import type { OnPremLink, ReachabilityContext } from './context'
import { activePeering, ref } from './fixes'
import type { Leg } from './leg'
import { selectTgwRoute } from './route-tables'
import { enterTgw } from './tgw-routing'
import { deliver, enterFromGateway } from './vpc-routing'

/** How packets from outside the VPCs (internet, on-premises, an AWS service's reply) get in. */

/**
 * From the internet: only to a public address of an interface in a VPC with an internet gateway.
 * A reply comes back through the gateway the request left by (`via`), the egress-only one included.
 */
export function fromInternet(leg: Leg, via?: ResourceOf<'internetGateway'> | ResourceOf<'egressOnlyInternetGateway'>): void {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  leg.outside('internet', 'internet', 'Internet', 'forward')
  const vpc = via ? ctx.vpc(via.vpc) : ctx.vpcOfAddr(dst)
  if (!vpc) return leg.fail(`${addrText(dst)} is not an address of any VPC in the design`)
  if (via?.kind === 'egressOnlyInternetGateway') {
    leg.hop(via, 'forward', { note: 'reply to a connection opened from inside' })
    leg.stateful.push(via)
    return deliver(leg, vpc, 'igw', undefined, false)
  }
  const igw = ctx.index.childrenOf(vpc.id, 'internetGateway')[0]
  const eigw = ctx.index.childrenOf(vpc.id, 'egressOnlyInternetGateway')[0]
  if (dst.family === 6) {
    if (!igw) {
      return leg.fail(eigw ? `${ref(eigw)} admits no connection opened from the internet` : `${ref(vpc)} has no internet gateway`, eigw ? 'eigw-ipv6-only' : 'igw-public-address', `attach an internet gateway to ${ref(vpc)}`)
    }
    leg.hop(igw, 'forward')
    return enterFromGateway(leg, vpc, igw, 'igw')
  }
  if (!igw) return leg.fail(`${ref(vpc)} has no internet gateway`, 'igw-public-address', `attach an internet gateway to ${ref(vpc)}`)
  leg.hop(igw, 'forward')
  const holder = ctx.holderAt(dst, vpc.id)
  const subnet = ctx.subnetOf(vpc.id, dst)
  const isPublic = holder ? holder.publicIp : subnet?.mapPublicIpOnLaunch === true
  if (!isPublic) {
    const what = holder && !holder.representative ? `${holder.resource.kind} ${ref(holder.resource)}` : addrText(dst)
    const fix =
      holder?.resource.kind === 'workload'
        ? `give ${ref(holder.resource)} a public IP (publicIp), or put an internet-facing load balancer in front of it`
        : holder?.resource.kind === 'loadBalancer'
          ? `make ${ref(holder.resource)} internet-facing`
          : `place the host in a public subnet (mapPublicIpOnLaunch, route 0.0.0.0/0 → ${igw.id}) or behind an internet-facing load balancer`
    return leg.fail(`${what} has no public IPv4 address: nothing on the internet can address it`, 'igw-public-address', fix)
  }
  enterFromGateway(leg, vpc, igw, 'igw')
}

/** From on-premises: over the first VPN or Direct Connect link whose AWS end advertises the destination. */
export function fromOnPrem(leg: Leg, network: ResourceOf<'onPremNetwork'>): void {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  leg.hop(network, 'forward', { consulted: 'VPN and Direct Connect links' })
  const links = linksOf(ctx, network)
  if (links.length === 0) {
    return leg.fail(`${ref(network)} has no VPN or Direct Connect link to AWS`, 'vgw-routing', `add a customer gateway for ${network.id} and a VPN connection to a VGW or transit gateway`)
  }
  const link = links.find((l) => advertises(leg, l))
  if (!link) {
    const dstVpc = ctx.vpcOfAddr(dst)
    const vgwLink = links.find((l) => l.gateway.kind === 'vpnGateway')
    const service = leg.packet.service
    const gwVpc = vgwLink?.gateway.kind === 'vpnGateway' ? ctx.vpc(vgwLink.gateway.vpc ?? '') : undefined
    const gatewayEndpoint = service && gwVpc ? ctx.index.childrenOf(gwVpc.id, 'gatewayEndpoint').find((e) => e.service === service) : undefined
    if (gatewayEndpoint && gwVpc) {
      return leg.fail(
        `none of ${ref(network)}'s links advertises ${service}: gateway endpoint ${ref(gatewayEndpoint)} serves only sources inside ${ref(gwVpc)}, never traffic arriving over a VPN or Direct Connect`,
        'vpce-gateway-not-transitive',
        `create an interface endpoint for ${service} (com.amazonaws.${gwVpc.region}.${service}) in ${ref(gwVpc)} and send on-premises traffic to its addresses`,
      )
    }
    if (!dstVpc && vgwLink) {
      return leg.fail(
        `none of ${ref(network)}'s links advertises ${addrText(dst)}: ${vgwLink.gateway.id} advertises only its VPC's blocks, and traffic from on-premises cannot transit the VPC to its IGW, NAT gateway, peers or gateway endpoints`,
        'vgw-no-transit',
        `give on-premises its own path to ${addrText(dst)}, or move the VPN to a transit gateway with a central egress VPC`,
      )
    }
    const vgwVpc = vgwLink?.gateway.kind === 'vpnGateway' ? vgwLink.gateway.vpc : undefined
    const peered = dstVpc && vgwVpc !== undefined ? activePeering(ctx, vgwVpc, dstVpc.id) : undefined
    if (dstVpc && peered) {
      return leg.fail(
        `none of ${ref(network)}'s links advertises ${addrText(dst)}: ${vgwLink!.gateway.id} advertises only ${vgwVpc}'s blocks, and traffic from on-premises cannot continue over peering ${peered.id} (no edge-to-edge routing)`,
        'peering-edge-to-edge',
        `connect ${ref(network)} to ${ref(dstVpc)} directly (its own VGW) or join both through a transit gateway`,
      )
    }
    const vgw = dstVpc && ctx.index.all('vpnGateway').find((g) => g.vpc === dstVpc.id)
    return leg.fail(
      `none of ${ref(network)}'s links (${links.map((l) => l.via.id).join(', ')}) advertises ${addrText(dst)}`,
      vgw ? 'vgw-routing' : 'tgw-route-evaluation',
      dstVpc
        ? vgw
          ? `connect ${ref(network)} to ${ref(vgw)} (VPN or Direct Connect)`
          : `attach ${ref(dstVpc)} to the transit gateway of ${links[0].via.id} and propagate it into the table associated with that link`
        : `route ${addrText(dst)} to an AWS network the links reach`,
    )
  }
  leg.hops.at(-1)!.matched = `${link.via.id} → ${link.gateway.id}`
  leg.hop(link.via, 'forward')
  if (link.gateway.kind === 'vpnGateway') {
    leg.hop(link.gateway, 'forward')
    return enterFromGateway(leg, ctx.vpc(link.gateway.vpc!)!, link.gateway, 'vgw')
  }
  enterTgw(leg, link.gateway, attachmentOf(leg, link)!, undefined)
}

/** Every VPN and DX path out of an on-premises network, in file order. */
function linksOf(ctx: ReachabilityContext, network: ResourceOf<'onPremNetwork'>): OnPremLink[] {
  const ix = ctx.index
  const links: OnPremLink[] = []
  for (const vpn of ix.all('vpnConnection')) {
    const cgw = ix.getOf('customerGateway', vpn.customerGateway)
    if (cgw?.onPremNetwork !== network.id) continue
    const gateway = ix.getOf('vpnGateway', vpn.gateway) ?? ix.getOf('transitGateway', vpn.gateway)
    if (gateway) links.push({ via: vpn, gateway })
  }
  for (const dx of ix.all('dxGateway')) {
    if (!dx.onPremNetworks.includes(network.id)) continue
    for (const g of dx.associations) {
      const gateway = ix.getOf('vpnGateway', g) ?? ix.getOf('transitGateway', g)
      if (gateway) links.push({ via: dx, gateway })
    }
  }
  return links
}

function attachmentOf(leg: Leg, link: OnPremLink): string | undefined {
  return link.via.kind === 'vpnConnection' ? leg.ctx.tgwVpnAttachmentOf(link.via.id)?.id : leg.ctx.tgwDxAttachmentOf(link.via.id, link.gateway.id)?.id
}

/** A VGW advertises its VPC's blocks; a TGW link what its associated table routes (DX: within the allowed prefixes). */
function advertises(leg: Leg, link: OnPremLink): boolean {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  if (link.gateway.kind === 'vpnGateway') return link.gateway.vpc !== undefined && dst.family === 4 && ctx.inVpc(link.gateway.vpc, dst)
  const att = attachmentOf(leg, link)
  const table = att && ctx.tgwTableOf(att, link.gateway.id)
  if (!table) return false
  const route = selectTgwRoute(ctx.tgwRoutes(table), dst)
  if (!route || route.target === 'blackhole') return false
  if (link.via.kind === 'dxGateway') {
    return link.via.allowedPrefixes.some((p) => {
      const c = parseCidr(p)
      return c !== null && inCidr(c, dst)
    })
  }
  return true
}

/** A reply from an AWS service comes back through the gateway endpoint the request left by. */
export function fromService(leg: Leg, ep: ResourceOf<'gatewayEndpoint'>): void {
  const vpc = leg.ctx.vpc(ep.vpc)
  leg.outside(ep.service, 'awsService', ep.service === 's3' ? 'Amazon S3' : 'Amazon DynamoDB', 'forward')
  leg.hop(ep, 'forward')
  if (!vpc) return leg.fail(`${ref(ep)} names VPC ${ep.vpc}, which is not in the design`)
  deliver(leg, vpc, 'igw', undefined, false)
}
