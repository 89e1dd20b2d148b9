import type { EdgeRoute, LevelEdge, LevelPort, LevelProblem, PortSide } from './elk-level'
import { CLEARANCE, type RouteEnd, Router } from './router'
import { type Rect, rectsOverlap, type ScenePoint } from './scene'
import { edgeStyle, textHeight, textWidth } from './style'

/**
 * Routes every edge of a level whose children are already placed (by the region placer, or by
 * pins after ELK): resolves each end to a border point and side, routes with the grid router, and
 * puts labels beside a segment where they overlap no box and no other label.
 */

export interface PlacedLevel {
  readonly width: number
  readonly height: number
  readonly positions: Readonly<Record<string, ScenePoint>>
  readonly externalPorts: Readonly<Record<string, LevelPort>>
}

interface Fixed {
  readonly point: ScenePoint
  readonly side: PortSide
}

/**
 * `given` holds routes the caller drew itself (a hub's comb to its route tables); they are kept as
 * they are, and `keepOut` (areas they occupy) is kept clear by the other edges.
 */
export function routeLevel(
  problem: LevelProblem,
  placed: PlacedLevel,
  given: Readonly<Record<string, EdgeRoute>> = {},
  keepOut: readonly Rect[] = [],
): Record<string, EdgeRoute> {
  const toRoute = problem.edges.filter((e) => given[e.id] === undefined)
  const children = new Map(problem.children.map((c) => [c.id, c]))
  const rects = new Map<string, Rect>()
  for (const c of problem.children) rects.set(c.id, { ...placed.positions[c.id]!, width: c.width, height: c.height })
  const fixed = new Map<string, Fixed>()
  for (const [id, p] of Object.entries(placed.externalPorts)) fixed.set(id, { point: { x: p.x, y: p.y }, side: inward(p.side) })
  for (const c of problem.children) {
    const at = placed.positions[c.id]!
    for (const p of c.ports) fixed.set(p.id, { point: { x: at.x + p.x, y: at.y + p.y }, side: p.side })
  }
  const center = (handle: string): ScenePoint => {
    const f = fixed.get(handle)
    if (f) return f.point
    const r = rects.get(handle)!
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
  }

  // Ends on port-less boxes: pick the side facing the other end, then spread the ends of each side.
  const free = new Map<string, { edge: string; end: 'source' | 'target'; toward: ScenePoint; side: PortSide }[]>()
  for (const e of toRoute) {
    for (const end of ['source', 'target'] as const) {
      const handle = e[end]
      if (fixed.has(handle) || !children.has(handle)) continue
      const toward = center(end === 'source' ? e.target : e.source)
      const side = facing(rects.get(handle)!, toward)
      const key = `${handle}|${side}`
      const list = free.get(key) ?? []
      list.push({ edge: e.id, end, toward, side })
      free.set(key, list)
    }
  }
  const ends = new Map<string, Fixed>()
  for (const [key, list] of free) {
    const rect = rects.get(key.slice(0, key.lastIndexOf('|')))!
    const horizontal = list[0]!.side === 'NORTH' || list[0]!.side === 'SOUTH'
    list.sort((a, b) => (horizontal ? a.toward.x - b.toward.x : a.toward.y - b.toward.y) || (a.edge < b.edge ? -1 : 1))
    // Each end faces what it leads to where the side allows (a straight edge, no jog), else spread evenly.
    const [lo, hi] = horizontal ? [rect.x, rect.x + rect.width] : [rect.y, rect.y + rect.height]
    const inset = Math.min(END_INSET, (hi - lo) / (list.length + 1))
    const gap = Math.min(PORT_GAP, (hi - lo - 2 * inset) / Math.max(1, list.length - 1))
    const along = alignedPositions(
      list.map((item) => (horizontal ? item.toward.x : item.toward.y)),
      lo + inset,
      hi - inset,
      gap,
    )
    list.forEach((item, i) => {
      const point = horizontal ? { x: along[i]!, y: sidePoint(rect, item.side, 0).y } : { x: sidePoint(rect, item.side, 0).x, y: along[i]! }
      ends.set(`${item.edge}|${item.end}`, { point, side: item.side })
    })
  }

  const edges = [...toRoute].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const endsOf = (e: LevelEdge): [RouteEnd, RouteEnd] => [fixed.get(e.source) ?? ends.get(`${e.id}|source`)!, fixed.get(e.target) ?? ends.get(`${e.id}|target`)!]
  const router = new Router([...rects.values(), ...keepOut], { x: 0, y: 0, width: placed.width, height: placed.height }, edges.flatMap(endsOf), CLEARANCE, problem.header)
  const labels: Rect[] = []
  const routes: Record<string, EdgeRoute> = { ...given }
  for (const e of edges) {
    const [from, to] = endsOf(e)
    const points = router.route(from, to)
    const labelAt = e.label === undefined ? undefined : placeLabel(e.label, points, [...rects.values()], labels, placed)
    routes[e.id] = labelAt ? { points, labelAt } : { points }
  }
  return routes
}

/** Between neighbouring ports or edge ends on a border: room for two edges' clearances. */
export const PORT_GAP = 2 * CLEARANCE + 4
/** Edge ends keep this far from a box's corners (less on a small box). */
const END_INSET = 12

/**
 * Positions along a border as close to `wanted` (sorted ascending) as `gap` between neighbours
 * and the range [lo, hi] allow; evenly spread when they do not fit at that gap. Rounded.
 */
export function alignedPositions(wanted: readonly number[], lo: number, hi: number, gap: number): number[] {
  const n = wanted.length
  if (n === 0) return []
  if (hi < lo || (n - 1) * gap > hi - lo) return wanted.map((_, i) => Math.round(lo + ((hi - lo) * (i + 1)) / (n + 1)))
  const xs = wanted.map((x) => Math.min(hi, Math.max(lo, x)))
  for (let i = 1; i < n; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + gap)
  xs[n - 1] = Math.min(xs[n - 1]!, hi)
  for (let i = n - 2; i >= 0; i--) xs[i] = Math.min(xs[i]!, xs[i + 1]! - gap)
  return xs.map((x) => Math.round(x))
}

function inward(side: PortSide): PortSide {
  return side === 'NORTH' ? 'SOUTH' : side === 'SOUTH' ? 'NORTH' : side === 'WEST' ? 'EAST' : 'WEST'
}

/** The side of `r` that faces `toward`: the axis along which it lies farther outside the box wins. */
function facing(r: Rect, toward: ScenePoint): PortSide {
  const dx = toward.x < r.x ? r.x - toward.x : Math.max(0, toward.x - r.x - r.width)
  const dy = toward.y < r.y ? r.y - toward.y : Math.max(0, toward.y - r.y - r.height)
  if (dx > dy) return toward.x < r.x ? 'WEST' : 'EAST'
  if (dy > 0) return toward.y < r.y ? 'NORTH' : 'SOUTH'
  return toward.x >= r.x + r.width / 2 ? 'EAST' : 'WEST'
}

function sidePoint(r: Rect, side: PortSide, t: number): ScenePoint {
  switch (side) {
    case 'NORTH':
      return { x: Math.round(r.x + r.width * t), y: r.y }
    case 'SOUTH':
      return { x: Math.round(r.x + r.width * t), y: r.y + r.height }
    case 'WEST':
      return { x: r.x, y: Math.round(r.y + r.height * t) }
    case 'EAST':
      return { x: r.x + r.width, y: Math.round(r.y + r.height * t) }
  }
}

/** The label's top-left corner beside the longest segment where it overlaps nothing; undefined when nowhere fits. */
export function placeLabel(text: string, points: readonly ScenePoint[], boxes: readonly Rect[], taken: Rect[], bounds: { width: number; height: number }): ScenePoint | undefined {
  const style = edgeStyle('peering')
  const width = textWidth(text, style.fontSize) + 4
  const height = textHeight(1, style.fontSize)
  const segments = points.slice(1).map((p, i) => ({ a: points[i]!, b: p, length: Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y) }))
  segments.sort((s, t) => t.length - s.length)
  for (const { a, b } of segments) {
    const mx = (a.x + b.x) / 2
    const my = (a.y + b.y) / 2
    const candidates =
      a.y === b.y
        ? [
            { x: mx - width / 2, y: my - height - 2 },
            { x: mx - width / 2, y: my + 2 },
          ]
        : [
            { x: mx + 4, y: my - height / 2 },
            { x: mx - width - 4, y: my - height / 2 },
          ]
    for (const c of candidates) {
      const rect = { x: Math.round(c.x), y: Math.round(c.y), width, height }
      const inside = rect.x >= 0 && rect.y >= 0 && rect.x + width <= bounds.width && rect.y + height <= bounds.height
      if (inside && !boxes.some((r) => rectsOverlap(r, rect)) && !taken.some((r) => rectsOverlap(r, rect))) {
        taken.push(rect)
        return { x: rect.x, y: rect.y }
      }
    }
  }
  return undefined
}
