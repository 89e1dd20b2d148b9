import type { ProjectIndex } from '../model/project-index'
import type { SceneEdgeKind } from './scene'
import type { EdgeStyleKey } from './style'

/** A connection to draw, before routing: both ends are element ids of the Scene. */
export interface ModelEdge {
  readonly id: string
  readonly kind: SceneEdgeKind
  readonly styleKey: EdgeStyleKey
  /** Layered layout puts sources above targets, so sources are the end drawn higher up. */
  readonly source: string
  readonly target: string
  readonly label?: string
}

export const INTERNET_ID = 'internet'

/**
 * Every edge of the diagram, sorted by id. Ends that name a missing resource are skipped: the
 * validator reports those, and a diagram of the rest is still useful.
 */
export function modelEdges(index: ProjectIndex): ModelEdge[] {
  const edges: ModelEdge[] = []
  const has = (id: string | undefined): id is string => id !== undefined && index.get(id) !== undefined
  const add = (edge: ModelEdge) => {
    if (has(edge.source) || edge.source === INTERNET_ID) if (has(edge.target) && edge.source !== edge.target) edges.push(edge)
  }

  for (const p of index.all('peeringConnection')) {
    const styleKey = p.status === 'active' ? 'peering' : 'peeringPending'
    add({ id: p.id, kind: 'peering', styleKey, source: p.requesterVpc, target: p.accepterVpc, label: p.name })
  }
  // Alternate the direction of hub attachments so layered layout puts spokes above and below the hub.
  const attachments = [...index.all('tgwVpcAttachment')].sort((a, b) => (a.id < b.id ? -1 : 1))
  const spokeCount = new Map<string, number>()
  for (const a of attachments) {
    const n = spokeCount.get(a.transitGateway) ?? 0
    spokeCount.set(a.transitGateway, n + 1)
    const [source, target] = n % 2 === 0 ? [a.vpc, a.transitGateway] : [a.transitGateway, a.vpc]
    add({ id: a.id, kind: 'tgwAttachment', styleKey: 'tgwAttachment', source, target })
  }
  for (const a of index.all('tgwPeeringAttachment')) {
    add({ id: a.id, kind: 'tgwPeering', styleKey: 'tgwPeering', source: a.transitGateway, target: a.peerTransitGateway, label: a.name })
  }
  for (const t of index.all('tgwRouteTable')) {
    add({ id: `tgwRouteTable:${t.transitGateway}:${t.id}`, kind: 'tgwRouteTable', styleKey: 'tgwRouteTable', source: t.transitGateway, target: t.id })
  }
  for (const v of index.all('vpnConnection')) {
    add({ id: v.id, kind: 'vpn', styleKey: 'vpn', source: v.customerGateway, target: v.gateway, label: v.name })
  }
  const dxAttached = new Set<string>()
  for (const a of index.all('tgwDxAttachment')) {
    dxAttached.add(`${a.dxGateway}>${a.transitGateway}`)
    add({ id: a.id, kind: 'dxAssociation', styleKey: 'dxAssociation', source: a.dxGateway, target: a.transitGateway })
  }
  for (const g of index.all('dxGateway')) {
    for (const target of g.associations) {
      if (dxAttached.has(`${g.id}>${target}`)) continue
      add({ id: `dxAssociation:${g.id}:${target}`, kind: 'dxAssociation', styleKey: 'dxAssociation', source: g.id, target })
    }
    for (const network of g.onPremNetworks) {
      add({ id: `dx:${network}:${g.id}`, kind: 'dx', styleKey: 'dx', source: network, target: g.id, label: 'Direct Connect' })
    }
  }
  for (const c of index.all('customerGateway')) {
    if (c.onPremNetwork !== undefined) {
      add({ id: `onPremLink:${c.onPremNetwork}:${c.id}`, kind: 'onPremLink', styleKey: 'onPremLink', source: c.onPremNetwork, target: c.id })
    }
  }
  for (const g of [...index.all('internetGateway'), ...index.all('egressOnlyInternetGateway')]) {
    if (has(g.vpc)) add({ id: `internet:${g.id}`, kind: 'internet', styleKey: 'internet', source: INTERNET_ID, target: g.id })
  }
  for (const e of index.all('interfaceEndpoint')) {
    if (e.endpointService !== undefined && has(e.vpc)) {
      add({ id: `privatelink:${e.id}`, kind: 'privatelink', styleKey: 'privatelink', source: e.id, target: e.endpointService })
    }
  }
  return edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
