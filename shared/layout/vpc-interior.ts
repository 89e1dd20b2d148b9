import { labelBandHeight, minBoxWidth } from './box-geometry'
import type { SceneElementKind } from './scene'
import { boxStyle, PADDING, type StyleKey } from './style'

/**
 * A VPC's interior is regular enough to place without ELK: availability zones in columns, public
 * subnets in a band above private ones (aligned across zones), NAT gateways, load balancers and
 * workloads in a grid inside their subnet, internet-facing gateways in the header band and
 * endpoints along the bottom edge. Both rows get ports on the VPC border so edges leave the VPC
 * straight out of the gateway they belong to. A box whose edges all arrive from the other side
 * (an endpoint service whose consumers are drawn above it) is placed on that side instead: see
 * edge-box-sides.ts, which tells `placeVpc` which boxes to move.
 */

export const GAP = 12
const MAX_GRID_COLUMNS = 2

export interface NodeSpec {
  readonly id: string
  readonly kind: SceneElementKind
  readonly label: readonly string[]
  readonly styleKey: StyleKey
}

export interface SubnetSpec extends NodeSpec {
  readonly az: string
  readonly isPublic: boolean
  readonly children: readonly NodeSpec[]
}

/** Everything the interior depends on, as plain data: its hash is the VPC's cache key. */
export interface VpcSpec {
  readonly id: string
  readonly label: readonly string[]
  /** Internet gateways, egress-only internet gateways, virtual private gateways: on top by default. */
  readonly topRow: readonly NodeSpec[]
  /** Gateway endpoints, interface endpoints, endpoint services this VPC provides: at the bottom by default. */
  readonly bottomRow: readonly NodeSpec[]
  readonly subnets: readonly SubnetSpec[]
}

/** A box placed relative to the VPC's top-left corner. */
export interface PlacedBox extends NodeSpec {
  readonly parentId: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** A connection point on the VPC border above (north) or below (south) one of its gateways. */
export interface VpcPort {
  readonly id: string
  readonly owner: string
  readonly side: 'NORTH' | 'SOUTH'
  readonly x: number
  readonly y: number
  /** Where the edge touches the owner's border; the segment to (x, y) crosses only VPC padding. */
  readonly ownerY: number
}

export interface VpcLayout {
  readonly width: number
  readonly height: number
  readonly boxes: readonly PlacedBox[]
  readonly ports: readonly VpcPort[]
}

export function portIdOf(ownerId: string): string {
  return `port:${ownerId}`
}

/** A node box just large enough for its icon, label and badge. */
export function nodeSize(n: NodeSpec): { width: number; height: number } {
  const style = boxStyle(n.styleKey)
  return { width: minBoxWidth(n.label, style), height: labelBandHeight(n.label, style) }
}

function rowWidth(nodes: readonly NodeSpec[]): number {
  return nodes.reduce((sum, n, i) => sum + nodeSize(n).width + (i > 0 ? GAP : 0), 0)
}

interface SubnetBox {
  readonly spec: SubnetSpec
  readonly minWidth: number
  readonly height: number
  readonly cell: { width: number; height: number }
  readonly columns: number
}

function measureSubnet(spec: SubnetSpec): SubnetBox {
  const style = boxStyle(spec.styleKey)
  const header = labelBandHeight(spec.label, style)
  const sizes = spec.children.map(nodeSize)
  const cell = { width: Math.max(0, ...sizes.map((s) => s.width)), height: Math.max(0, ...sizes.map((s) => s.height)) }
  const columns = Math.min(MAX_GRID_COLUMNS, spec.children.length)
  const rows = Math.ceil(spec.children.length / MAX_GRID_COLUMNS)
  const gridWidth = columns * cell.width + Math.max(0, columns - 1) * GAP
  const gridHeight = rows * cell.height + Math.max(0, rows - 1) * GAP
  return {
    spec,
    minWidth: Math.max(minBoxWidth(spec.label, style), gridWidth + 2 * PADDING),
    height: header + (rows > 0 ? gridHeight + PADDING : 0),
    cell,
    columns,
  }
}

function stackHeight(boxes: readonly SubnetBox[]): number {
  return boxes.reduce((sum, b, i) => sum + b.height + (i > 0 ? GAP : 0), 0)
}

/**
 * Places a VPC's interior. `moved` lists the edge boxes (ids from `topRow` or `bottomRow`) that go
 * on the other border than their row's default; it is part of the layout's cache key with the spec.
 */
export function placeVpc(vpc: VpcSpec, moved: readonly string[] = []): VpcLayout {
  const spec = moved.length === 0 ? vpc : withMoved(vpc, new Set(moved))
  const vpcStyle = boxStyle('vpc')
  const azStyle = boxStyle('az')
  const boxes: PlacedBox[] = []
  const ports: VpcPort[] = []

  const topSizes = spec.topRow.map(nodeSize)
  const header = Math.max(labelBandHeight(spec.label, vpcStyle), ...topSizes.map((s) => s.height + 2 * PADDING))
  const headerWidth = minBoxWidth(spec.label, vpcStyle) + (spec.topRow.length > 0 ? rowWidth(spec.topRow) + PADDING : 0)

  const zones = [...new Set(spec.subnets.map((s) => s.az))].sort()
  const measured = spec.subnets.map(measureSubnet)
  const columns = zones.map((az) => {
    const inZone = measured.filter((m) => m.spec.az === az)
    return { az, label: [az], publics: inZone.filter((m) => m.spec.isPublic), privates: inZone.filter((m) => !m.spec.isPublic) }
  })
  const azHeader = Math.max(0, ...columns.map((c) => labelBandHeight(c.label, azStyle)))
  const publicBand = Math.max(0, ...columns.map((c) => stackHeight(c.publics)))
  const privateBand = Math.max(0, ...columns.map((c) => stackHeight(c.privates)))
  const bandGap = publicBand > 0 && privateBand > 0 ? GAP : 0
  const columnWidth = Math.max(0, ...columns.map((c) => minBoxWidth(c.label, azStyle)), ...measured.map((m) => m.minWidth + 2 * PADDING))
  const azHeight = azHeader + publicBand + bandGap + privateBand + PADDING
  const zonesWidth = columns.length * columnWidth + Math.max(0, columns.length - 1) * GAP

  const bottomSizes = spec.bottomRow.map(nodeSize)
  const bottomHeight = Math.max(0, ...bottomSizes.map((s) => s.height))
  const width = Math.max(headerWidth, zonesWidth + 2 * PADDING, rowWidth(spec.bottomRow) + 2 * PADDING)
  const zonesBottom = header + (columns.length > 0 ? azHeight + PADDING : 0)
  const height = zonesBottom + (spec.bottomRow.length > 0 ? bottomHeight + PADDING : 0)

  // Header row: gateways right-aligned so the label keeps the left of the band.
  let x = width - PADDING - rowWidth(spec.topRow)
  spec.topRow.forEach((node, i) => {
    const size = topSizes[i]!
    boxes.push({ ...node, parentId: spec.id, x, y: PADDING, ...size })
    ports.push({ id: portIdOf(node.id), owner: node.id, side: 'NORTH', x: x + Math.round(size.width / 2), y: 0, ownerY: PADDING })
    x += size.width + GAP
  })

  columns.forEach((column, i) => {
    const azId = `az:${spec.id}:${column.az}`
    const azX = PADDING + i * (columnWidth + GAP)
    boxes.push({ id: azId, kind: 'azBox', label: column.label, styleKey: 'az', parentId: spec.id, x: azX, y: header, width: columnWidth, height: azHeight })
    placeStack(column.publics, azId, azX + PADDING, header + azHeader, columnWidth - 2 * PADDING, boxes)
    placeStack(column.privates, azId, azX + PADDING, header + azHeader + publicBand + bandGap, columnWidth - 2 * PADDING, boxes)
  })

  x = PADDING
  spec.bottomRow.forEach((node, i) => {
    const size = bottomSizes[i]!
    const y = zonesBottom + bottomHeight - size.height
    boxes.push({ ...node, parentId: spec.id, x, y, ...size })
    ports.push({ id: portIdOf(node.id), owner: node.id, side: 'SOUTH', x: x + Math.round(size.width / 2), y: height, ownerY: y + size.height })
    x += size.width + GAP
  })

  return { width, height, boxes, ports }
}

/** The spec with the `moved` boxes swapped to the other row, each row still sorted by id. */
function withMoved(spec: VpcSpec, moved: ReadonlySet<string>): VpcSpec {
  const sorted = (nodes: NodeSpec[]) => nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    ...spec,
    topRow: sorted([...spec.topRow.filter((n) => !moved.has(n.id)), ...spec.bottomRow.filter((n) => moved.has(n.id))]),
    bottomRow: sorted([...spec.bottomRow.filter((n) => !moved.has(n.id)), ...spec.topRow.filter((n) => moved.has(n.id))]),
  }
}

function placeStack(stack: readonly SubnetBox[], parentId: string, x: number, top: number, width: number, out: PlacedBox[]): void {
  let y = top
  for (const m of stack) {
    const { children, ...node } = m.spec
    out.push({ ...node, parentId, x, y, width, height: m.height })
    const header = labelBandHeight(m.spec.label, boxStyle(m.spec.styleKey))
    children.forEach((child, i) => {
      const column = i % m.columns
      const row = Math.floor(i / m.columns)
      out.push({
        id: child.id,
        kind: child.kind,
        label: child.label,
        styleKey: child.styleKey,
        parentId: m.spec.id,
        x: x + PADDING + column * (m.cell.width + GAP),
        y: y + header + row * (m.cell.height + GAP),
        width: m.cell.width,
        height: m.cell.height,
      })
    })
    y += m.height + GAP
  }
}
