import type { ResourceOf } from '../model/kinds'
import { addrText } from './addresses'
import { destinationBlock, ref } from './fixes'
import type { Leg } from './leg'
import { selectTgwRoute } from './route-tables'
import { type At, routeFromSubnet } from './vpc-routing'
import { arriveOnPrem } from './vpc-targets'

type Tgw = ResourceOf<'transitGateway'>

/** A subnet route to a TGW works only through this VPC's attachment, from an AZ the attachment covers. */
export function viaTgw(leg: Leg, tgw: Tgw, at: At): void {
  const att = leg.ctx.vpcAttachment(at.vpc.id, tgw.id)
  if (!att) {
    leg.fail(`${ref(tgw)} has no attachment to ${ref(at.vpc)}`, 'tgw-vpc-route', `attach ${ref(at.vpc)} to ${ref(tgw)} with one subnet per AZ`)
    return
  }
  const az = at.subnet?.az
  if (az !== undefined && !leg.ctx.attachmentSubnets(att.id).azs.has(az)) {
    leg.fail(
      `attachment ${ref(att)} has no subnet in ${az}: traffic from ${ref(at.subnet!)} to ${tgw.id} is dropped`,
      'tgw-az-coverage',
      `add a subnet of ${ref(at.vpc)} in ${az} to attachment ${ref(att)}`,
    )
    return
  }
  enterTgw(leg, tgw, att.id, az)
}

/**
 * Lookup in the TGW table associated with the ingress attachment; the chosen attachment leads into
 * a VPC (through its attachment subnet in the arrival AZ), across a TGW peering, or on-premises.
 */
export function enterTgw(leg: Leg, tgw: Tgw, attachmentId: string, az: string | undefined): void {
  const ctx = leg.ctx
  if (!leg.enter(`${tgw.id} from ${attachmentId}`)) return
  const table = ctx.tgwTableOf(attachmentId, tgw.id)
  if (!table) {
    leg.hop(tgw, 'drop', { consulted: `no route table associated with ${attachmentId}` })
    leg.fail(`attachment ${attachmentId} is associated with no route table of ${ref(tgw)}`, 'tgw-rt-association', `associate ${attachmentId} with a route table of ${ref(tgw)}`)
    return
  }
  const dst = leg.packet.dst
  const route = selectTgwRoute(ctx.tgwRoutes(table), dst)
  leg.hop(tgw, 'forward', { consulted: ctx.tgwConsultedText(table, attachmentId), matched: route?.text })
  if (!route) return noTgwRoute(leg, tgw, table)
  if (route.target === 'blackhole') {
    leg.fail(`${ref(table)} blackholes ${route.cidr.canonical}`, 'rt-blackhole', `replace the blackhole route ${route.cidr.canonical} in ${ref(table)} with a route to the destination's attachment`)
    return
  }
  const next = ctx.index.get(route.target)
  switch (next?.kind) {
    case 'tgwVpcAttachment': {
      const { subnets } = ctx.attachmentSubnets(next.id)
      // Appliance mode pins a flow to one AZ for both directions (a hash symmetric in the two
      // addresses); otherwise the TGW stays in the arrival AZ when the attachment has a subnet there.
      const entry = next.applianceMode && subnets.length > 1 ? subnets[flowHash(leg) % subnets.length] : (subnets.find((s) => s.az === az) ?? subnets[0])
      if (next.transitGateway !== tgw.id || !entry) break
      return routeFromSubnet(leg, entry, 'tgw', 'vpc')
    }
    case 'tgwPeeringAttachment': {
      const otherId = next.transitGateway === tgw.id ? next.peerTransitGateway : next.peerTransitGateway === tgw.id ? next.transitGateway : undefined
      const other = ctx.index.getOf('transitGateway', otherId)
      if (!other) break
      if (next.status !== 'available') {
        leg.fail(`peering attachment ${ref(next)} is ${next.status}`, 'rt-blackhole', `accept ${ref(next)} on ${otherId}`)
        return
      }
      return enterTgw(leg, other, next.id, undefined)
    }
    case 'tgwVpnAttachment': {
      const vpn = ctx.index.getOf('vpnConnection', next.vpnConnection)
      if (!vpn) break
      leg.hop(vpn, 'forward')
      const learned = ctx.vpnPrefixes(vpn)
      return arriveOnPrem(leg, learned[0]?.network)
    }
    case 'tgwDxAttachment': {
      const dx = ctx.index.getOf('dxGateway', next.dxGateway)
      if (!dx) break
      leg.hop(dx, 'forward')
      return arriveOnPrem(leg, ctx.dxPrefixes(dx)[0]?.network)
    }
  }
  leg.fail(`${ref(table)} routes ${route.cidr.canonical} to ${route.target}, which is not a usable attachment of ${tgw.id}`, 'rt-blackhole', `point the route at an attachment of ${ref(tgw)}`)
}

function noTgwRoute(leg: Leg, tgw: Tgw, table: ResourceOf<'tgwRouteTable'>): void {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  const block = destinationBlock(ctx, dst)
  const reason = `${ref(table)} has no route to ${addrText(dst)}`
  const dstVpc = ctx.vpcOfAddr(dst)
  if (dstVpc) {
    const att = ctx.vpcAttachment(dstVpc.id, tgw.id)
    if (att) return leg.fail(reason, 'tgw-route-evaluation', `propagate ${ref(att)} into ${ref(table)} (or add static route ${block} → ${att.id})`)
    const peering = ctx.index.all('tgwPeeringAttachment').find((p) => p.transitGateway === tgw.id || p.peerTransitGateway === tgw.id)
    const farTgw = peering && (peering.transitGateway === tgw.id ? peering.peerTransitGateway : peering.transitGateway)
    if (peering && farTgw && ctx.vpcAttachment(dstVpc.id, farTgw)) {
      return leg.fail(reason, 'tgw-peering', `add static route ${block} → ${ref(peering)} in ${ref(table)} (peering attachments carry static routes only)`)
    }
    return leg.fail(reason, 'tgw-route-evaluation', `attach ${ref(dstVpc)} to ${ref(tgw)} and propagate it into ${ref(table)}`)
  }
  const vpnAtt = ctx.index.all('tgwVpnAttachment').find((a) => a.transitGateway === tgw.id)
  if (ctx.onPremOf(dst) && vpnAtt) return leg.fail(reason, 'tgw-route-evaluation', `propagate ${ref(vpnAtt)} into ${ref(table)} (or add static route ${block} → ${vpnAtt.id})`)
  leg.fail(reason, 'tgw-route-evaluation', `add a route ${block} → the attachment that leads there in ${ref(table)}`)
}

/** The same for a flow and its reply: XOR of the two addresses. */
function flowHash(leg: Leg): number {
  const { src, dst } = leg.packet
  return Number((src.value ^ dst.value) % 65521n)
}
