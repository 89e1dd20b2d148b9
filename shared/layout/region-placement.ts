import { isEntryPort } from './edge-pieces'
import type { LevelChild, LevelPort, LevelProblem, LevelResult } from './elk-level'
import { routeLevel } from './level-routing'
import { CLEARANCE } from './router'
import type { ScenePoint } from './scene'
import { PADDING } from './style'

/**
 * A Region (and an account, and the root of a large design) is laid out directly, the way architects draw hub and spoke: transit gateways with
 * their route tables in a band across the middle, the VPCs attached "upstream" in rows above it
 * and the rest in rows below, rows no wider than about the square root of the VPC count. Edges
 * are then routed through the channels between rows and columns. Regular placement costs
 * microseconds where a layered ELK run per Region cost tens of milliseconds, which is what makes
 * a 500-VPC design lay out in about a second. Networks outside AWS (the root's "outside" boxes)
 * take the top rows, where edges from them enter the accounts below.
 */

const COLUMN_GAP = 56
const ROW_GAP = 72
/** Room above the first row and below the last for edges entering and leaving the Region. */
const PORT_CHANNEL = 40
/** Without border ports on a side, just enough room for an edge to pass along it. */
const QUIET_CHANNEL = 2 * CLEARANCE + 4
/** Between stacked route tables: wide enough for an edge to pass between them. */
const SATELLITE_GAP = 2 * CLEARANCE + 12

export function layoutRegion(problem: LevelProblem): LevelResult {
  const children = new Map(problem.children.map((c) => [c.id, c]))
  const ownerOf = (handle: string): string | undefined => {
    if (children.has(handle)) return handle
    for (const c of problem.children) if (c.ports.some((p) => p.id === handle)) return c.id
    return undefined
  }
  const hubs = problem.children.filter((c) => c.role === 'hub')
  const hubIds = new Set(hubs.map((h) => h.id))
  const satellitesOf = new Map<string, LevelChild[]>()
  const above: LevelChild[] = []
  const below: LevelChild[] = []
  const placedInBand = new Set<string>()
  const links = problem.edges.map((e) => ({ source: ownerOf(e.source), target: ownerOf(e.target) }))

  const outside = problem.children.filter((c) => c.role === 'outside')
  for (const c of problem.children) {
    if (c.role === 'hub' || c.role === 'outside') continue
    const hubLinks = links.filter((l) => (l.source === c.id && hubIds.has(l.target ?? '')) || (l.target === c.id && hubIds.has(l.source ?? '')))
    if (c.role === 'leaf') {
      const hub = hubLinks.map((l) => (l.source === c.id ? l.target! : l.source!)).sort()[0]
      if (hub !== undefined) {
        satellitesOf.set(hub, [...(satellitesOf.get(hub) ?? []), c])
        placedInBand.add(c.id)
      }
      continue
    }
    if (hubLinks.some((l) => l.source === c.id)) above.push(c)
    else if (hubLinks.some((l) => l.target === c.id)) below.push(c)
    else if (hubs.length === 0) above.push(c)
    else (above.length <= below.length ? above : below).push(c)
  }
  const bandItems: LevelChild[][] = hubs.map((h) => [h, ...(satellitesOf.get(h.id) ?? [])])
  for (const c of problem.children) if (c.role === 'leaf' && !placedInBand.has(c.id)) bandItems.push([c])

  const perRow = Math.max(2, Math.ceil(Math.sqrt(above.length + below.length)))
  // Without a hub there is no band to gather around: plain rows, read left to right, top to bottom.
  const rowsAbove = hubs.length === 0 ? chunk(above, perRow) : chunk(above, perRow).reverse()
  const rowsBelow = chunk(below, perRow)
  const band = bandRow(bandItems)
  const rows = [
    ...chunk(outside, perRow).map(boxRow),
    ...rowsAbove.map(boxRow),
    ...(band.items.length > 0 ? [band] : []),
    ...rowsBelow.map(boxRow),
  ]

  const margin = PADDING * 2
  const contentWidth = Math.max(0, ...rows.map((r) => r.width))
  const width = Math.ceil(Math.max(problem.minWidth, contentWidth + 2 * margin))
  const positions: Record<string, ScenePoint> = {}
  const channel = (entering: boolean) => (problem.externalPorts.some((id) => isEntryPort(id) === entering) ? PORT_CHANNEL : QUIET_CHANNEL)
  let y = problem.header + channel(true)
  for (const row of rows) {
    const x = Math.round((width - row.width) / 2)
    for (const item of row.items) positions[item.id] = { x: x + item.dx, y: Math.round(y + item.dy) }
    y += row.height + ROW_GAP
  }
  const height = Math.ceil((rows.length > 0 ? y - ROW_GAP : y) + channel(false) + margin)
  const externalPorts = placePorts(problem, positions, children, ownerOf, width, height)
  const routes = routeLevel(problem, { width, height, positions, externalPorts })
  return { width, height, positions, externalPorts, routes }
}

/** A box's offset from its row's top-left corner. */
interface RowItem {
  readonly id: string
  readonly dx: number
  readonly dy: number
}

interface Row {
  readonly items: RowItem[]
  readonly width: number
  readonly height: number
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

function boxRow(boxes: readonly LevelChild[]): Row {
  const items: RowItem[] = []
  let x = 0
  for (const b of boxes) {
    items.push({ id: b.id, dx: x, dy: 0 })
    x += b.width + COLUMN_GAP
  }
  return { items, width: Math.max(0, x - COLUMN_GAP), height: Math.max(0, ...boxes.map((b) => b.height)) }
}

/** Each hub with its satellites stacked in a column at its right; groups side by side, vertically centred. */
function bandRow(groups: readonly LevelChild[][]): Row {
  const items: RowItem[] = []
  const heights = groups.map(([hub, ...satellites]) => Math.max(hub!.height, stackHeight(satellites)))
  const height = Math.max(0, ...heights)
  let x = 0
  groups.forEach(([hub, ...satellites]) => {
    items.push({ id: hub!.id, dx: x, dy: (height - hub!.height) / 2 })
    x += hub!.width + COLUMN_GAP
    if (satellites.length === 0) return
    let y = (height - stackHeight(satellites)) / 2
    for (const s of satellites) {
      items.push({ id: s.id, dx: x, dy: y })
      y += s.height + SATELLITE_GAP
    }
    x += Math.max(...satellites.map((s) => s.width)) + COLUMN_GAP
  })
  return { items, width: Math.max(0, x - COLUMN_GAP), height }
}

function stackHeight(boxes: readonly LevelChild[]): number {
  return boxes.reduce((sum, b) => sum + b.height, 0) + Math.max(0, boxes.length - 1) * SATELLITE_GAP
}

/** Entering edges get ports on the top border, leaving ones on the bottom, ordered by the x of what they connect. */
function placePorts(
  problem: LevelProblem,
  positions: Readonly<Record<string, ScenePoint>>,
  children: ReadonlyMap<string, LevelChild>,
  ownerOf: (handle: string) => string | undefined,
  width: number,
  height: number,
): Record<string, LevelPort> {
  const anchorX = new Map<string, number>()
  for (const id of problem.externalPorts) {
    const xs = problem.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => {
        const other = e.source === id ? e.target : e.source
        const owner = ownerOf(other)
        if (owner === undefined) return width / 2
        const child = children.get(owner)!
        const port = child.ports.find((p) => p.id === other)
        return positions[owner]!.x + (port ? port.x : child.width / 2)
      })
    anchorX.set(id, xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : width / 2)
  }
  const out: Record<string, LevelPort> = {}
  for (const entering of [true, false]) {
    const ids = problem.externalPorts.filter((id) => isEntryPort(id) === entering)
    ids.sort((a, b) => anchorX.get(a)! - anchorX.get(b)! || (a < b ? -1 : 1))
    ids.forEach((id, i) => {
      const x = Math.round((width * (i + 1)) / (ids.length + 1))
      out[id] = { id, x, y: entering ? 0 : height, side: entering ? 'NORTH' : 'SOUTH' }
    })
  }
  return out
}
