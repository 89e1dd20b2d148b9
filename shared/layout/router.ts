import type { PortSide } from './elk-level'
import type { Rect, ScenePoint } from './scene'

/**
 * An orthogonal edge router for levels laid out without ELK (regions) or changed after it (pins).
 * Each edge leaves its start point straight out of its side, runs on a grid through the gaps
 * between boxes (box borders kept `CLEARANCE` away, channel centre lines included), and enters
 * its end the same way. A* minimises length plus a penalty per bend, per unit already used by
 * earlier edges (so parallel edges spread over the free channels instead of merging into one
 * line) and per unit run alongside a box border or the level's own border within `HUG` (so edges
 * keep to the middle of channels rather than tracing outlines). Deterministic: ties break on
 * grid order.
 */

export const CLEARANCE = 10
const BEND_COST = 60
/** Extra cost per unit of a grid segment per earlier edge on it: sharing 30 units costs about a bend. */
const SHARE_COST = 2.5
/** A segment parallel to a box border (or the level border) closer than this hugs it. */
export const HUG = CLEARANCE + 8
/** Extra cost per unit of a hugging segment. */
const HUG_COST = 1.5
const TIE_BREAK = 1.001
/** How far beyond the box spanned by an edge's ends the first search looks. */
const WINDOW_MARGIN = 240

export interface RouteEnd {
  readonly point: ScenePoint
  readonly side: PortSide
}

const step: Record<PortSide, ScenePoint> = { NORTH: { x: 0, y: -1 }, SOUTH: { x: 0, y: 1 }, WEST: { x: -1, y: 0 }, EAST: { x: 1, y: 0 } }

export class Router {
  private readonly xs: number[]
  private readonly ys: number[]
  private readonly cols: number
  private readonly rows: number
  /** Free flags and use counts of the grid segments east of (i, j) and south of (i, j). */
  private readonly eastFree: Uint8Array
  private readonly southFree: Uint8Array
  private readonly eastUsed: Uint16Array
  private readonly southUsed: Uint16Array
  /** Whether the segment east of / south of (i, j) runs alongside a border (see HUG). */
  private readonly eastHug: Uint8Array
  private readonly southHug: Uint8Array
  private readonly cost: Float64Array
  private readonly prev: Int32Array
  private readonly seen: Uint32Array
  private generation = 0
  private readonly heap = new MinHeap()
  private tight: Router | undefined

  /**
   * `ends` are every start and end point routed later: their exit points join the grid.
   * `header` is the height of the level's label band at the top of `bounds`, which edges cross
   * but should not run along.
   */
  constructor(
    private readonly obstacles: readonly Rect[],
    private readonly bounds: Rect,
    private readonly ends: readonly RouteEnd[],
    private readonly clearance = CLEARANCE,
    private readonly header = 0,
  ) {
    const blocked = obstacles.map((r) => ({ x: r.x - clearance, y: r.y - clearance, width: r.width + 2 * clearance, height: r.height + 2 * clearance }))
    const xs = [bounds.x, bounds.x + bounds.width]
    const ys = [bounds.y, bounds.y + bounds.height]
    // The label band's lower edge: so the channel between it and the first boxes has a centre line.
    if (header > 0 && header < bounds.height) ys.push(bounds.y + header)
    for (const r of blocked) {
      xs.push(r.x, r.x + r.width)
      ys.push(r.y, r.y + r.height)
    }
    const exits = ends.map((e) => out(e, clearance))
    this.xs = sortedUnique([...withMidlines(xs), ...exits.map((p) => p.x)])
    this.ys = sortedUnique([...withMidlines(ys), ...exits.map((p) => p.y)])
    this.cols = this.xs.length
    this.rows = this.ys.length
    const cells = this.cols * this.rows
    this.eastFree = new Uint8Array(cells)
    this.southFree = new Uint8Array(cells)
    this.eastUsed = new Uint16Array(cells)
    this.southUsed = new Uint16Array(cells)
    this.eastHug = new Uint8Array(cells)
    this.southHug = new Uint8Array(cells)
    this.cost = new Float64Array(cells * 4)
    this.prev = new Int32Array(cells * 4)
    this.seen = new Uint32Array(cells * 4)
    this.markFree(blocked)
    this.markHugging()
  }

  /** Flags segments running parallel to a box border, or to the level border, within HUG of it. */
  private markHugging(): void {
    const { xs, ys, cols, rows, bounds } = this
    const rowsWithin = (lo: number, hi: number, f: (j: number) => void) => {
      for (let j = lowerBound(ys, lo); j < rows && ys[j]! <= hi; j++) f(j)
    }
    const colsWithin = (lo: number, hi: number, f: (i: number) => void) => {
      for (let i = lowerBound(xs, lo); i < cols && xs[i]! <= hi; i++) f(i)
    }
    for (const r of this.obstacles) {
      const i0 = lowerBound(xs, r.x)
      const i1 = lowerBound(xs, r.x + r.width)
      const j0 = lowerBound(ys, r.y)
      const j1 = lowerBound(ys, r.y + r.height)
      const horizontal = (j: number) => {
        for (let i = Math.max(0, i0 - 1); i < i1 && i < cols; i++) this.eastHug[j * cols + i] = 1
      }
      const vertical = (i: number) => {
        for (let j = Math.max(0, j0 - 1); j < j1 && j < rows; j++) this.southHug[j * cols + i] = 1
      }
      rowsWithin(r.y - HUG + 0.5, r.y - 0.5, horizontal)
      rowsWithin(r.y + r.height + 0.5, r.y + r.height + HUG - 0.5, horizontal)
      colsWithin(r.x - HUG + 0.5, r.x - 0.5, vertical)
      colsWithin(r.x + r.width + 0.5, r.x + r.width + HUG - 0.5, vertical)
    }
    const all = (j: number) => this.eastHug.fill(1, j * cols, (j + 1) * cols)
    rowsWithin(bounds.y, bounds.y + Math.max(HUG, this.header) - 0.5, all)
    rowsWithin(bounds.y + bounds.height - HUG + 0.5, bounds.y + bounds.height, all)
    const allDown = (i: number) => {
      for (let j = 0; j < rows; j++) this.southHug[j * cols + i] = 1
    }
    colsWithin(bounds.x, bounds.x + HUG - 0.5, allDown)
    colsWithin(bounds.x + bounds.width - HUG + 0.5, bounds.x + bounds.width, allDown)
  }

  private markFree(blocked: readonly Rect[]): void {
    const { xs, ys, cols, rows } = this
    this.eastFree.fill(1)
    this.southFree.fill(1)
    for (const r of blocked) {
      const i0 = lowerBound(xs, r.x)
      const i1 = lowerBound(xs, r.x + r.width)
      const j0 = lowerBound(ys, r.y)
      const j1 = lowerBound(ys, r.y + r.height)
      // Horizontal segments strictly inside the rectangle's rows; vertical ones strictly inside its columns.
      for (let j = j0 + 1; j < j1 && j < rows; j++) for (let i = i0; i < i1 && i < cols; i++) this.eastFree[j * cols + i] = 0
      for (let i = i0 + 1; i < i1 && i < cols; i++) for (let j = j0; j < j1 && j < rows; j++) this.southFree[j * cols + i] = 0
    }
  }

  route(from: RouteEnd, to: RouteEnd): ScenePoint[] {
    const exit = out(from, this.clearance)
    const entry = out(to, this.clearance)
    // Ends facing each other across a gap narrower than two clearances (a VPC's side and the
    // Region border beside it): the grid cannot hold the exit and entry points, the line can.
    const short = this.facingAcross(from, to)
    if (short) return short
    // Most edges find their way near the straight line between their ends: search a window around
    // it first, the whole level only when the window is walled off.
    const cells = this.search(exit, entry, from.side, WINDOW_MARGIN) ?? this.search(exit, entry, from.side, Infinity)
    if (!cells) {
      // An end squeezed between boxes (a pinned box beside a port, say): keep to a hair's clearance instead.
      if (this.clearance > 1) return (this.tight ??= new Router(this.obstacles, this.bounds, this.ends, 1, this.header)).route(from, to)
      return simplifyPath([from.point, exit, { x: entry.x, y: exit.y }, entry, to.point])
    }
    this.markUsed(cells)
    const path = cells.map((c) => ({ x: this.xs[c % this.cols]!, y: this.ys[Math.floor(c / this.cols)]! }))
    return simplifyPath([from.point, ...path, to.point])
  }

  private facingAcross(from: RouteEnd, to: RouteEnd): ScenePoint[] | undefined {
    const a = from.point
    const b = to.point
    const reach = 2 * (this.clearance + 2)
    const horizontal = a.y === b.y && ((from.side === 'EAST' && to.side === 'WEST' && a.x < b.x) || (from.side === 'WEST' && to.side === 'EAST' && a.x > b.x))
    const vertical = a.x === b.x && ((from.side === 'SOUTH' && to.side === 'NORTH' && a.y < b.y) || (from.side === 'NORTH' && to.side === 'SOUTH' && a.y > b.y))
    if (!(horizontal && Math.abs(b.x - a.x) < reach) && !(vertical && Math.abs(b.y - a.y) < reach)) return undefined
    const x0 = Math.min(a.x, b.x)
    const x1 = Math.max(a.x, b.x)
    const y0 = Math.min(a.y, b.y)
    const y1 = Math.max(a.y, b.y)
    // Strictly inside some box (the segment is a line, so this is the box interior for both axes).
    const crosses = this.obstacles.some((r) => x0 < r.x + r.width && r.x < x1 && y0 < r.y + r.height && r.y < y1)
    return crosses ? undefined : [a, b]
  }

  private markUsed(cells: readonly number[]): void {
    for (let k = 1; k < cells.length; k++) {
      const a = Math.min(cells[k - 1]!, cells[k]!)
      const b = Math.max(cells[k - 1]!, cells[k]!)
      if (b - a === 1) this.eastUsed[a]!++
      else this.southUsed[a]!++
    }
  }

  /** A* over states (cell, heading); returns the cells of the cheapest path, or null when walled in. */
  private search(start: ScenePoint, goal: ScenePoint, startSide: PortSide, margin: number): number[] | null {
    const { xs, ys, cols, rows, cost, prev, seen, heap } = this
    const si = lowerBound(xs, start.x)
    const sj = lowerBound(ys, start.y)
    const gi = lowerBound(xs, goal.x)
    const gj = lowerBound(ys, goal.y)
    const iMin = Math.max(0, lowerBound(xs, Math.min(start.x, goal.x) - margin) - 1)
    const iMax = Math.min(cols - 1, lowerBound(xs, Math.max(start.x, goal.x) + margin))
    const jMin = Math.max(0, lowerBound(ys, Math.min(start.y, goal.y) - margin) - 1)
    const jMax = Math.min(rows - 1, lowerBound(ys, Math.max(start.y, goal.y) + margin))
    const generation = ++this.generation
    heap.clear()
    const s0 = (sj * cols + si) * 4 + headings.indexOf(startSide)
    seen[s0] = generation
    cost[s0] = 0
    prev[s0] = -1
    heap.push(s0, 0)
    while (heap.size > 0) {
      const s = heap.pop()
      const d = s & 3
      const cell = s >> 2
      const i = cell % cols
      const j = (cell - i) / cols
      if (i === gi && j === gj) {
        const cells: number[] = []
        for (let t = s; t !== -1; t = prev[t]!) if (cells[cells.length - 1] !== t >> 2) cells.push(t >> 2)
        return cells.reverse()
      }
      const base = cost[s]!
      for (let nd = 0; nd < 4; nd++) {
        if (nd === (d ^ 1)) continue
        let ni = i
        let nj = j
        let used: number
        let hug: number
        if (nd === 0) {
          if (j <= jMin || !this.southFree[cell - cols]) continue
          nj = j - 1
          used = this.southUsed[cell - cols]!
          hug = this.southHug[cell - cols]!
        } else if (nd === 1) {
          if (j >= jMax || !this.southFree[cell]) continue
          nj = j + 1
          used = this.southUsed[cell]!
          hug = this.southHug[cell]!
        } else if (nd === 2) {
          if (i <= iMin || !this.eastFree[cell - 1]) continue
          ni = i - 1
          used = this.eastUsed[cell - 1]!
          hug = this.eastHug[cell - 1]!
        } else {
          if (i >= iMax || !this.eastFree[cell]) continue
          ni = i + 1
          used = this.eastUsed[cell]!
          hug = this.eastHug[cell]!
        }
        const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!)
        const next = base + length * (1 + SHARE_COST * used + HUG_COST * hug) + (nd === d ? 0 : BEND_COST)
        const ns = ((nj * cols + ni) << 2) | nd
        if (seen[ns] !== generation || next < cost[ns]!) {
          seen[ns] = generation
          cost[ns] = next
          prev[ns] = s
          // The heuristic weighs a hair more than the cost, so ties go to states nearer the goal.
          heap.push(ns, next + (Math.abs(xs[ni]! - goal.x) + Math.abs(ys[nj]! - goal.y)) * TIE_BREAK)
        }
      }
    }
    return null
  }
}

/** Headings in search order; their index is the state's low two bits (opposites differ in bit 0). */
const headings: readonly PortSide[] = ['NORTH', 'SOUTH', 'WEST', 'EAST']

/** Index of the first value ≥ `x` in a sorted array. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

function out(end: RouteEnd, clearance: number): ScenePoint {
  const d = step[end.side]
  return { x: end.point.x + d.x * (clearance + 2), y: end.point.y + d.y * (clearance + 2) }
}

function sortedUnique(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}

/** Grid coordinates plus the centre line of every gap, so edges run down the middle of channels. */
function withMidlines(values: number[]): number[] {
  const sorted = sortedUnique(values)
  const out = [...sorted]
  for (let i = 1; i < sorted.length; i++) out.push((sorted[i - 1]! + sorted[i]!) / 2)
  return sortedUnique(out)
}

/** Drops repeated points and the middle one of three collinear points. */
export function simplifyPath(points: readonly ScenePoint[]): ScenePoint[] {
  const result: ScenePoint[] = []
  for (const p of points) {
    const last = result[result.length - 1]
    if (last && last.x === p.x && last.y === p.y) continue
    const before = result[result.length - 2]
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) result.pop()
    result.push(p)
  }
  return result
}

/** A binary heap of (id, priority); ties pop the lower id first, so search order is deterministic. */
class MinHeap {
  private ids: number[] = []
  private keys: number[] = []
  private length = 0
  clear(): void {
    this.length = 0
  }
  get size(): number {
    return this.length
  }
  push(id: number, key: number): void {
    const { ids, keys } = this
    let i = this.length++
    while (i > 0) {
      const p = (i - 1) >> 1
      const pk = keys[p]!
      if (pk < key || (pk === key && ids[p]! < id)) break
      ids[i] = ids[p]!
      keys[i] = pk
      i = p
    }
    ids[i] = id
    keys[i] = key
  }
  pop(): number {
    const { ids, keys } = this
    const top = ids[0]!
    const n = --this.length
    if (n === 0) return top
    const id = ids[n]!
    const key = keys[n]!
    let i = 0
    for (;;) {
      let m = 2 * i + 1
      if (m >= n) break
      const r = m + 1
      if (r < n && (keys[r]! < keys[m]! || (keys[r] === keys[m] && ids[r]! < ids[m]!))) m = r
      if (key < keys[m]! || (key === keys[m] && id < ids[m]!)) break
      ids[i] = ids[m]!
      keys[i] = keys[m]!
      i = m
    }
    ids[i] = id
    keys[i] = key
    return top
  }
}
