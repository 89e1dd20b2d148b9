import type { Kind } from '../model/kinds'
import type { EdgeStyleKey, StyleKey } from './style'

/**
 * The Scene: everything a renderer needs to draw a design, as plain serialisable data. The canvas
 * (Konva), the PNG exporter and the PDF exporter all draw the same Scene with the same style table
 * (./style.ts), so screen and paper agree. Documented for users in docs/scene.md.
 *
 * Coordinates are absolute, in scene units (1 unit = 1 CSS pixel at zoom 1), origin top-left,
 * y growing downwards. Elements are listed parents before children, so drawing them in order
 * paints containers beneath their contents.
 */
export interface Scene {
  readonly width: number
  readonly height: number
  readonly elements: readonly SceneElement[]
  readonly edges: readonly SceneEdge[]
}

/** Boxes that stand for a grouping rather than a resource of the model. */
export type SyntheticKind = 'accountBox' | 'regionBox' | 'azBox' | 'internet'

export type SceneElementKind = Kind | SyntheticKind

export type SceneSeverity = 'error' | 'warning' | 'info'

export interface ScenePoint {
  readonly x: number
  readonly y: number
}

export interface SceneElement {
  /**
   * A resource id (an account box carries its account's resource id), or a synthetic id for
   * grouping boxes: `region:<accountId>:<region>`, `az:<vpcId>:<az>`, `internet`.
   */
  readonly id: string
  readonly kind: SceneElementKind
  /** The element drawn around this one; absent for top-level boxes. */
  readonly parentId?: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  /**
   * Text lines, first line the name. Subnets: name, CIDR, AZ, usable address count. Where they go
   * (top-left band of a container, centred in a node, below an icon) is the style's `labelPlacement`.
   */
  readonly label: readonly string[]
  readonly styleKey: StyleKey
  /** The worst diagnostic on the resource, for a badge. */
  readonly severity?: SceneSeverity
  /** A short glyph (e.g. `IGW`, `NAT`) drawn in the style's icon square. */
  readonly icon?: string
}

/** What an edge stands for. */
export type SceneEdgeKind =
  | 'peering'
  | 'tgwAttachment'
  | 'tgwPeering'
  | 'tgwRouteTable'
  | 'vpn'
  | 'dx'
  | 'dxAssociation'
  | 'onPremLink'
  | 'internet'
  | 'privatelink'
  | 'route'

export interface SceneEdge {
  /**
   * The resource the edge stands for (peering connection, attachment, VPN…), or a synthetic id
   * such as `internet:<gateway>` or `tgwRouteTable:<tgw>:<table>` (docs/scene.md lists them).
   */
  readonly id: string
  readonly kind: SceneEdgeKind
  /** Element ids of both ends. */
  readonly source: string
  readonly target: string
  /** Start (on the source's border), bend points, end (on the target's border); segments are axis-parallel. */
  readonly points: readonly ScenePoint[]
  readonly label?: string
  /** Top-left corner of the label's box, placed by layout so it overlaps no box; present when `label` is. */
  readonly labelAt?: ScenePoint
  readonly styleKey: EdgeStyleKey
  readonly severity?: SceneSeverity
}

/** An axis-aligned rectangle; helpers for tests and renderers. */
export interface Rect {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}
