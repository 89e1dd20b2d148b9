import { type Cidr, parseCidr } from '../net/cidr'
import type { ResourceOf } from '../model/kinds'
import type { ReachabilityContext } from './context'
import { type TgwRoute, TGW_RANK, boundsOf } from './route-tables'

/**
 * A TGW route table as the TGW evaluates it: its static routes (blackholes included) plus the
 * prefixes of every attachment propagating into it — a VPC attachment its VPC's blocks (IPv6 only
 * with the attachment's IPv6 option), a VPN attachment its static routes or BGP-learned network, a
 * DX attachment the DX gateway's networks. Peering attachments propagate nothing (static only).
 * The TGW's default table also receives attachments that propagate nowhere else when default
 * propagation is on.
 */
export function compileTgwTable(ctx: ReachabilityContext, table: ResourceOf<'tgwRouteTable'>): TgwRoute[] {
  const routes: TgwRoute[] = []
  for (const r of table.routes) {
    const cidr = parseCidr(r.destination)
    if (cidr) routes.push({ cidr, ...boundsOf(cidr), rank: TGW_RANK.static, origin: 'static', target: r.target, text: `${r.destination} → ${r.target} (static)` })
  }
  for (const attId of propagationsInto(ctx, table)) {
    for (const { cidr, origin } of attachmentPrefixes(ctx, attId)) {
      routes.push({ cidr, ...boundsOf(cidr), rank: TGW_RANK[origin], origin, target: attId, text: `${cidr.canonical} → ${attId} (propagated)` })
    }
  }
  return routes
}

function propagationsInto(ctx: ReachabilityContext, table: ResourceOf<'tgwRouteTable'>): string[] {
  const ix = ctx.index
  const ids = [...table.propagations]
  const tgw = ix.getOf('transitGateway', table.transitGateway)
  if (tgw?.defaultRouteTablePropagation && tgw.defaultRouteTable === table.id) {
    const explicit = new Set(ix.all('tgwRouteTable').flatMap((t) => t.propagations))
    for (const kind of ['tgwVpcAttachment', 'tgwVpnAttachment', 'tgwDxAttachment'] as const) {
      for (const a of ix.all(kind)) if (a.transitGateway === tgw.id && !explicit.has(a.id)) ids.push(a.id)
    }
  }
  return ids
}

function attachmentPrefixes(ctx: ReachabilityContext, attId: string): { cidr: Cidr; origin: 'vpc' | 'vpn' | 'dx' }[] {
  const ix = ctx.index
  const vpcAtt = ix.getOf('tgwVpcAttachment', attId)
  if (vpcAtt) return ctx.blocksOf(vpcAtt.vpc).filter((b) => b.family === 4 || vpcAtt.ipv6).map((cidr) => ({ cidr, origin: 'vpc' as const }))
  const vpn = ix.getOf('vpnConnection', ix.getOf('tgwVpnAttachment', attId)?.vpnConnection)
  if (vpn) return ctx.vpnPrefixes(vpn).map((p) => ({ cidr: p.cidr, origin: 'vpn' as const }))
  const dx = ix.getOf('dxGateway', ix.getOf('tgwDxAttachment', attId)?.dxGateway)
  if (dx) return ctx.dxPrefixes(dx).map((p) => ({ cidr: p.cidr, origin: 'dx' as const }))
  return []
}
