import type { ResourceOf } from '../model/kinds'
import type { Cidr } from '../net/cidr'
import type { ValidationIndexes } from './indexes'
import { cidrOf, memo, pairKey, perRun } from './topology'

/**
 * Transit gateway views shared by the tgw-* rules (and the peering and security group rules that look
 * through a TGW): route tables as AWS evaluates them, associations, and how VPCs are linked.
 */

type TgwRouteTable = ResourceOf<'tgwRouteTable'>

/** One entry of a TGW route table as AWS evaluates it. */
export interface TgwRouteEntry {
  readonly destination: Cidr
  /** Attachment id, or 'blackhole'. */
  readonly target: string
  readonly origin: 'static' | 'vpc' | 'dx' | 'vpn'
  /** Index into `routes` for static routes. */
  readonly routeIndex?: number
}

/** Static and propagated routes of a TGW route table (propagation: VPC blocks, VPN-learned and DX on-premises prefixes). */
export function tgwRoutesOf(indexes: ValidationIndexes, table: TgwRouteTable): readonly TgwRouteEntry[] {
  const byTable = perRun<readonly TgwRouteEntry[]>(indexes, 'tgwRoutes')
  let hit = byTable.get(table.id)
  if (!hit) byTable.set(table.id, (hit = buildTgwRoutes(indexes, table)))
  return hit
}

function buildTgwRoutes(indexes: ValidationIndexes, table: TgwRouteTable): TgwRouteEntry[] {
  const { index } = indexes
  const out: TgwRouteEntry[] = []
  table.routes.forEach((r, i) => {
    const c = cidrOf(r.destination)
    if (c) out.push({ destination: c, target: r.target, origin: 'static', routeIndex: i })
  })
  for (const attId of new Set(table.propagations)) {
    const att = index.get(attId)
    if (att?.kind === 'tgwVpcAttachment') {
      const vpc = index.getOf('vpc', att.vpc)
      if (!vpc) continue
      const blocks = indexes.blocksOf(vpc)
      for (const c of att.ipv6 ? [...blocks.v4, ...blocks.v6] : blocks.v4) out.push({ destination: c, target: att.id, origin: 'vpc' })
    } else if (att?.kind === 'tgwVpnAttachment') {
      const vpn = index.getOf('vpnConnection', att.vpnConnection)
      const texts = !vpn ? [] : vpn.routing === 'static' ? vpn.staticRoutes : (index.getOf('onPremNetwork', index.getOf('customerGateway', vpn.customerGateway)?.onPremNetwork)?.cidrs ?? [])
      for (const t of texts) {
        const c = cidrOf(t)
        if (c) out.push({ destination: c, target: att.id, origin: 'vpn' })
      }
    } else if (att?.kind === 'tgwDxAttachment') {
      const dx = index.getOf('dxGateway', att.dxGateway)
      for (const t of dx?.onPremNetworks.flatMap((n) => index.getOf('onPremNetwork', n)?.cidrs ?? []) ?? []) {
        const c = cidrOf(t)
        if (c) out.push({ destination: c, target: att.id, origin: 'dx' })
      }
    }
  }
  return out
}

const originRank: Readonly<Record<TgwRouteEntry['origin'], number>> = { static: 0, vpc: 1, dx: 2, vpn: 3 }

/** The route a TGW table selects for an address block: longest prefix, then static > VPC > DX > VPN. */
export function tgwLookup(indexes: ValidationIndexes, table: TgwRouteTable, c: Cidr): TgwRouteEntry | undefined {
  let best: TgwRouteEntry | undefined
  for (const r of tgwRoutesOf(indexes, table)) {
    const d = r.destination
    if (d.family !== c.family || d.start > c.start || c.end > d.end) continue
    if (!best || d.prefix > best.destination.prefix || (d.prefix === best.destination.prefix && originRank[r.origin] < originRank[best.origin])) best = r
  }
  return best
}

/** TGW route tables an attachment is associated with (AWS allows one; a design may list more). */
export function tgwTablesAssociatedWith(indexes: ValidationIndexes, attachmentId: string): readonly TgwRouteTable[] {
  return memo(indexes, 'tgwAssoc', () => {
    const m = new Map<string, TgwRouteTable[]>()
    for (const t of indexes.index.all('tgwRouteTable')) {
      for (const a of new Set(t.associations)) {
        const list = m.get(a)
        if (list) list.push(t)
        else m.set(a, [t])
      }
    }
    return m
  }).get(attachmentId) ?? []
}

/** The TGW route table traffic from an attachment is looked up in: its association, else the TGW's default table. */
export function tgwTableFor(indexes: ValidationIndexes, attachmentId: string, tgwId: string): TgwRouteTable | undefined {
  const explicit = tgwTablesAssociatedWith(indexes, attachmentId)[0]
  if (explicit) return explicit
  const tgw = indexes.index.getOf('transitGateway', tgwId)
  return tgw?.defaultRouteTableAssociation ? indexes.index.getOf('tgwRouteTable', tgw.defaultRouteTable) : undefined
}

/** The VPC attachment joining a VPC to a TGW, if any. */
export function vpcAttachment(indexes: ValidationIndexes, vpcId: string, tgwId: string): ResourceOf<'tgwVpcAttachment'> | undefined {
  return indexes.tgwAttachmentsOfVpc(vpcId).find((a) => a.transitGateway === tgwId)
}

/** TGWs to which both VPCs are attached. */
export function sharedTransitGateways(indexes: ValidationIndexes, a: string, b: string): string[] {
  const of = new Set(indexes.tgwAttachmentsOfVpc(a).map((x) => x.transitGateway))
  return [...new Set(indexes.tgwAttachmentsOfVpc(b).map((x) => x.transitGateway))].filter((t) => of.has(t))
}

/** How two VPCs are joined through transit gateways: a TGW both attach to, or two TGWs joined by a peering attachment. */
export function tgwLink(indexes: ValidationIndexes, a: string, b: string): 'shared' | 'peered' | undefined {
  if (sharedTransitGateways(indexes, a, b).length > 0) return 'shared'
  const peered = memo(indexes, 'tgwPeerPairs', () => new Set(indexes.index.all('tgwPeeringAttachment').map((p) => pairKey(p.transitGateway, p.peerTransitGateway))))
  const theirs = indexes.tgwAttachmentsOfVpc(b).map((x) => x.transitGateway)
  for (const mine of indexes.tgwAttachmentsOfVpc(a)) if (theirs.some((t) => peered.has(pairKey(mine.transitGateway, t)))) return 'peered'
  return undefined
}
