import { isEntryPort } from './edge-pieces'
import type { EdgeRoute, LevelChild, LevelPort, LevelProblem, LevelResult } from './elk-level'
import { alignedPositions, PORT_GAP, routeLevel } from './level-routing'
import { CLEARANCE, HUG, simplifyPath } from './router'
import type { Rect, ScenePoint } from './scene'
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
/** A side margin used by edges is at least this wide, so they run well clear of both borders. */
const SIDE_CHANNEL = 2 * HUG + 2 * CLEARANCE

export function layoutRegion(problem: LevelProblem): LevelResult {
  const first = placeLevel(problem, NO_EXTRAS)
  // An edge that has to pass beside the rows (round a VPC as wide as the Region, say) would trace
  // the border in the narrow side margin: give that side a channel of its own and route again.
  const left = Math.min(...Object.values(first.positions).map((p) => p.x))
  const right = Math.max(...problem.children.map((c) => first.positions[c.id]!.x + c.width))
  let wideLeft = false
  let wideRight = false
  for (const route of Object.values(first.result.routes)) {
    route.points.slice(1).forEach((b, i) => {
      const a = route.points[i]!
      if (a.x !== b.x) return
      if (a.x < left && left < SIDE_CHANNEL) wideLeft = true
      if (a.x > right && first.width - right < SIDE_CHANNEL) wideRight = true
    })
  }
  // A port channel whose edges all drop straight from the border port into the box below it (or
  // out of the box above it) carries nothing across: the quiet margin is enough.
  const quietTop = first.channels.top === PORT_CHANNEL && straightThrough(problem, first, true)
  const quietBottom = first.channels.bottom === PORT_CHANNEL && straightThrough(problem, first, false)
  if (!wideLeft && !wideRight && !quietTop && !quietBottom) return first.result
  const extras = { left: wideLeft ? SIDE_CHANNEL - left : 0, right: wideRight ? SIDE_CHANNEL - (first.width - right) : 0 }
  const second = placeLevel(problem, { ...extras, quietTop, quietBottom })
  if ((!quietTop || straightThrough(problem, second, true)) && (!quietBottom || straightThrough(problem, second, false))) return second.result
  return placeLevel(problem, { ...extras, quietTop: false, quietBottom: false }).result
}

/** Whether every edge through the level's top (entering) or bottom (leaving) border ports is one straight vertical line. */
function straightThrough(problem: LevelProblem, placed: Placed, entering: boolean): boolean {
  const sides = problem.portSides ?? {}
  const ports = new Set(problem.externalPorts.filter((id) => !sides[id] && isEntryPort(id) === entering))
  return problem.edges.every((e) => {
    if (!ports.has(e.source) && !ports.has(e.target)) return true
    const points = placed.result.routes[e.id]?.points ?? []
    return points.length === 2 && points[0]!.x === points[1]!.x
  })
}

/** A child as the arrangement sees it, and an edge between two children (undefined: the level's border). */
type Arranged = Pick<LevelChild, 'id' | 'role'> & Partial<Pick<LevelChild, 'width' | 'height'>>
interface Link {
  readonly source: string | undefined
  readonly target: string | undefined
}

/**
 * Which children go in which row, top to bottom, and which hubs get which satellites. Depends only
 * on the children's ids and roles and on the links between them, not on sizes or ports, so the
 * levels below can be told before they are laid out which of their edges leave sideways.
 */
export function arrangeRows<C extends Arranged>(
  children: readonly C[],
  links: readonly Link[],
): { rows: { band: boolean; items: C[][] }[]; satellitesOf: Map<string, C[]> } {
  const hubs = children.filter((c) => c.role === 'hub')
  const hubIds = new Set(hubs.map((h) => h.id))
  const satellitesOf = new Map<string, C[]>()
  const above: C[] = []
  const below: C[] = []
  const placedInBand = new Set<string>()
  const outside = children.filter((c) => c.role === 'outside')
  for (const c of children) {
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
  const bandItems: C[][] = hubs.map((h) => [h, ...(satellitesOf.get(h.id) ?? [])])
  for (const c of children) if (c.role === 'leaf' && !placedInBand.has(c.id)) bandItems.push([c])

  const perRow = Math.max(2, Math.ceil(Math.sqrt(above.length + below.length)))
  // Without a hub there is no band to gather around: plain rows, read left to right, top to bottom.
  const rowsAbove = hubs.length === 0 ? chunk(above, perRow) : chunk(above, perRow).reverse()
  const boxes = (list: C[]) => ({ band: false, items: list.map((c) => [c]) })
  const rows = [
    ...chunk(outside, perRow).map(boxes),
    ...rowsAbove.map(boxes),
    ...(bandItems.length > 0 ? [{ band: true, items: bandItems }] : []),
    ...chunk(below, perRow).map(boxes),
  ]
  return { rows, satellitesOf }
}

interface Extras {
  /** Widen the margins beside the rows, for edges passing there. */
  readonly left: number
  readonly right: number
  /** Use the quiet channel above the first row (below the last) even though border ports are there. */
  readonly quietTop: boolean
  readonly quietBottom: boolean
}

const NO_EXTRAS: Extras = { left: 0, right: 0, quietTop: false, quietBottom: false }

interface Placed {
  readonly result: LevelResult
  readonly width: number
  readonly positions: Readonly<Record<string, ScenePoint>>
  /** Room left above the first row and below the last. */
  readonly channels: { readonly top: number; readonly bottom: number }
}

function placeLevel(problem: LevelProblem, extras: Extras): Placed {
  const children = new Map(problem.children.map((c) => [c.id, c]))
  const ownerOf = (handle: string): string | undefined => {
    if (children.has(handle)) return handle
    for (const c of problem.children) if (c.ports.some((p) => p.id === handle)) return c.id
    return undefined
  }
  const links = problem.edges.map((e) => ({ source: ownerOf(e.source), target: ownerOf(e.target) }))
  const arranged = arrangeRows(problem.children, links)
  const satellitesOf = arranged.satellitesOf
  const rows = arranged.rows.map((r) => (r.band ? bandRow(r.items) : boxRow(r.items.map((g) => g[0]!))))

  const margin = PADDING * 2
  const contentWidth = Math.max(0, ...rows.map((r) => r.width))
  const width = Math.ceil(Math.max(problem.minWidth, contentWidth + 2 * margin + extras.left + extras.right))
  const positions: Record<string, ScenePoint> = {}
  const sides = problem.portSides ?? {}
  const channel = (entering: boolean) =>
    !(entering ? extras.quietTop : extras.quietBottom) && problem.externalPorts.some((id) => !sides[id] && isEntryPort(id) === entering) ? PORT_CHANNEL : QUIET_CHANNEL
  const channels = { top: channel(true), bottom: channel(false) }
  let y = problem.header + channels.top
  for (const row of rows) {
    const x = extras.left + Math.round((width - extras.left - extras.right - row.width) / 2)
    for (const item of row.items) positions[item.id] = { x: x + item.dx, y: Math.round(y + item.dy) }
    y += row.height + ROW_GAP
  }
  const height = Math.ceil((rows.length > 0 ? y - ROW_GAP : y) + channels.bottom + margin)
  const externalPorts = placePorts(problem, positions, children, ownerOf, width, height)
  const combs = combRoutes(problem, positions, children, satellitesOf)
  const routes = routeLevel(problem, { width, height, positions, externalPorts }, combs.routes, combs.spines)
  return { result: { width, height, positions, externalPorts, routes }, width, positions, channels }
}

/**
 * A hub's edges to its route tables, stacked at its right, drawn as one comb: out of the middle of
 * the hub's right side, along a spine halfway across the gap, into each table's left side. They
 * share the spine, as one bus, instead of bunching up as separate lines.
 */
function combRoutes(
  problem: LevelProblem,
  positions: Readonly<Record<string, ScenePoint>>,
  children: ReadonlyMap<string, LevelChild>,
  satellitesOf: ReadonlyMap<string, readonly LevelChild[]>,
): { routes: Record<string, EdgeRoute>; spines: Rect[] } {
  const routes: Record<string, EdgeRoute> = {}
  const spines: Rect[] = []
  for (const [hubId, satellites] of satellitesOf) {
    const hub = children.get(hubId)!
    const h = positions[hubId]!
    const ids = new Set(satellites.map((s) => s.id))
    const start = { x: h.x + hub.width, y: Math.round(h.y + hub.height / 2) }
    const spine = Math.round((start.x + Math.min(...satellites.map((s) => positions[s.id]!.x))) / 2)
    const ys: number[] = []
    for (const e of problem.edges) {
      const fromHub = e.source === hubId && ids.has(e.target)
      if (!fromHub && !(e.target === hubId && ids.has(e.source))) continue
      const satellite = fromHub ? e.target : e.source
      const at = positions[satellite]!
      const y = Math.round(at.y + children.get(satellite)!.height / 2)
      const points = simplifyPath([start, { x: spine, y: start.y }, { x: spine, y }, { x: at.x, y }])
      routes[e.id] = { points: fromHub ? points : points.reverse() }
      ys.push(y)
    }
    const top = Math.min(start.y, ...ys)
    spines.push({ x: spine - 1, y: top, width: 2, height: Math.max(start.y, ...ys) - top })
  }
  return { routes, spines }
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

/**
 * Entering edges get ports on the top border, leaving ones on the bottom, each straight above or
 * below what it connects (so an edge crosses nested borders without a jog at each), kept PORT_GAP
 * apart and clear of the corners. Ports `portSides` puts on the east or west border sit level with
 * what they connect.
 */
function placePorts(
  problem: LevelProblem,
  positions: Readonly<Record<string, ScenePoint>>,
  children: ReadonlyMap<string, LevelChild>,
  ownerOf: (handle: string) => string | undefined,
  width: number,
  height: number,
): Record<string, LevelPort> {
  const sides = problem.portSides ?? {}
  const sideOf = (id: string): LevelPort['side'] => sides[id] ?? (isEntryPort(id) ? 'NORTH' : 'SOUTH')
  const anchor = new Map<string, number>()
  for (const id of problem.externalPorts) {
    const side = sideOf(id)
    const vertical = side === 'EAST' || side === 'WEST'
    const middle = vertical ? height / 2 : width / 2
    const along = problem.edges
      .filter((e) => e.source === id || e.target === id)
      .map((e) => {
        const other = e.source === id ? e.target : e.source
        const owner = ownerOf(other)
        if (owner === undefined) return middle
        const child = children.get(owner)!
        // A port on the far side of the box (an edge entering from the top for an endpoint service
        // at the VPC's bottom) goes round the box anyway: aim at its middle, not at the port.
        const port = child.ports.find((p) => p.id === other && p.side === (vertical ? side : isEntryPort(id) ? 'NORTH' : 'SOUTH'))
        return vertical ? positions[owner]!.y + (port ? port.y : child.height / 2) : positions[owner]!.x + (port ? port.x : child.width / 2)
      })
    anchor.set(id, along.length > 0 ? along.reduce((a, b) => a + b, 0) / along.length : middle)
  }
  const out: Record<string, LevelPort> = {}
  for (const side of ['NORTH', 'SOUTH', 'WEST', 'EAST'] as const) {
    const ids = problem.externalPorts.filter((id) => sideOf(id) === side)
    ids.sort((a, b) => anchor.get(a)! - anchor.get(b)! || (a < b ? -1 : 1))
    const vertical = side === 'EAST' || side === 'WEST'
    const along = vertical
      ? alignedPositions(
          ids.map((id) => anchor.get(id)!),
          problem.header,
          height - PADDING * 2,
          PORT_GAP,
        )
      : alignedPositions(
          ids.map((id) => anchor.get(id)!),
          PADDING * 2,
          width - PADDING * 2,
          PORT_GAP,
        )
    ids.forEach((id, i) => {
      const v = along[i]!
      out[id] = vertical
        ? { id, x: side === 'WEST' ? 0 : width, y: v, side }
        : { id, x: v, y: side === 'NORTH' ? 0 : height, side }
    })
  }
  return out
}
