import type { Scene } from '../../layout/scene'
import { type EdgeStyleKey, type StyleKey, type Theme, edgeStyleKeys, styleKeys } from '../../layout/style'
import type { PaintOp } from './paint-ops'
import { paintScene } from './scene-paint'

export const boxStyleNames: Readonly<Record<StyleKey, string>> = {
  root: 'Diagram',
  account: 'AWS account',
  region: 'AWS Region',
  vpc: 'VPC',
  az: 'Availability Zone',
  subnetPublic: 'Public subnet (routes to an internet gateway)',
  subnetPrivate: 'Private subnet',
  internet: 'Internet',
  onPremNetwork: 'On-premises network',
  internetGateway: 'Internet gateway',
  egressOnlyInternetGateway: 'Egress-only internet gateway',
  natGateway: 'NAT gateway',
  vpnGateway: 'Virtual private gateway',
  customerGateway: 'Customer gateway',
  dxGateway: 'Direct Connect gateway',
  transitGateway: 'Transit gateway',
  tgwRouteTable: 'Transit gateway route table',
  gatewayEndpoint: 'Gateway endpoint',
  interfaceEndpoint: 'Interface endpoint',
  loadBalancer: 'Load balancer',
  endpointService: 'Endpoint service (PrivateLink)',
  workload: 'Workload (instance)',
}

export const edgeStyleNames: Readonly<Record<EdgeStyleKey, string>> = {
  peering: 'VPC peering',
  peeringPending: 'VPC peering (not active)',
  tgwAttachment: 'Transit gateway attachment',
  tgwPeering: 'Transit gateway peering',
  tgwRouteTable: 'Transit gateway route table association',
  vpn: 'Site-to-Site VPN',
  dx: 'Direct Connect',
  dxAssociation: 'Direct Connect gateway association',
  onPremLink: 'On-premises link',
  internet: 'Internet path',
  privatelink: 'PrivateLink (endpoint to service)',
  route: 'Route',
}

export const SWATCH_WIDTH = 56
export const SWATCH_HEIGHT = 38

export interface LegendEntry {
  readonly name: string
  /** The swatch drawn with the real style, in a SWATCH_WIDTH × SWATCH_HEIGHT box at the origin. */
  readonly ops: readonly PaintOp[]
}

/**
 * Legend of the box and line styles a Scene uses, each swatch drawn through the same paint code
 * as the diagram so the legend cannot drift from the drawing.
 */
export function legendFor(scene: Scene, theme: Theme = 'light'): { boxes: LegendEntry[]; edges: LegendEntry[] } {
  const usedBoxes = new Set(scene.elements.map((e) => e.styleKey))
  const usedEdges = new Set(scene.edges.map((e) => e.styleKey))
  const boxes = styleKeys
    .filter((key) => key !== 'root' && usedBoxes.has(key))
    .map((key) => {
      const element = { id: key, kind: 'vpc' as const, x: 1, y: 1, width: SWATCH_WIDTH - 2, height: SWATCH_HEIGHT - 2, label: [], styleKey: key }
      return { name: boxStyleNames[key], ops: paintScene({ width: SWATCH_WIDTH, height: SWATCH_HEIGHT, elements: [element], edges: [] }, { theme }).ops }
    })
  const edges = edgeStyleKeys
    .filter((key) => usedEdges.has(key))
    .map((key) => {
      const y = SWATCH_HEIGHT / 2
      const edge = { id: key, kind: 'route' as const, source: 'a', target: 'b', points: [{ x: 2, y }, { x: SWATCH_WIDTH - 2, y }], styleKey: key }
      return { name: edgeStyleNames[key], ops: paintScene({ width: SWATCH_WIDTH, height: SWATCH_HEIGHT, elements: [], edges: [edge] }, { theme }).ops }
    })
  return { boxes, edges }
}
