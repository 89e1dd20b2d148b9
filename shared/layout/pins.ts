import { type LevelPort, type LevelProblem, type LevelResult, NODE_SPACING } from './elk-level'
import { routeLevel } from './level-routing'
import { CLEARANCE } from './router'
import { type Rect, rectsOverlap, type ScenePoint } from './scene'
import { PADDING } from './style'

/**
 * Pins: a box the user moved stays where it was put, relative to its parent box's top-left
 * corner. The level is first laid out by ELK as if nothing were pinned; then pinned children take
 * their pinned positions, unpinned children that would overlap one move down past it, the box
 * grows to hold them all, and the level's edges are re-routed by the grid router.
 */

export type Pins = Readonly<Record<string, ScenePoint>>

/** The pins that apply to a level's children, in child order (part of the level's cache key). */
export function pinsOf(problem: Pick<LevelProblem, 'children'>, pins: Pins): Record<string, ScenePoint> {
  const out: Record<string, ScenePoint> = {}
  for (const c of problem.children) {
    const pin = pins[c.id]
    if (pin) out[c.id] = { x: pin.x, y: pin.y }
  }
  return out
}

function inflate(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by }
}

export function applyPins(problem: LevelProblem, result: LevelResult, pins: Readonly<Record<string, ScenePoint>>): LevelResult {
  const margin = PADDING * 2
  const placed: Rect[] = []
  const positions: Record<string, ScenePoint> = {}
  for (const c of problem.children) {
    const pin = pins[c.id]
    if (!pin) continue
    // A pin never pulls a box over its parent's label band or past its top-left border.
    const p = { x: Math.max(margin, pin.x), y: Math.max(problem.header, pin.y) }
    positions[c.id] = p
    placed.push({ ...p, width: c.width, height: c.height })
  }
  const unpinned = problem.children
    .filter((c) => !pins[c.id])
    .sort((a, b) => result.positions[a.id]!.y - result.positions[b.id]!.y || result.positions[a.id]!.x - result.positions[b.id]!.x)
  for (const c of unpinned) {
    const p = { ...result.positions[c.id]! }
    for (let blocker = findBlocker(p, c, placed); blocker; blocker = findBlocker(p, c, placed)) {
      p.y = blocker.y + blocker.height + NODE_SPACING
    }
    positions[c.id] = p
    placed.push({ ...p, width: c.width, height: c.height })
  }
  // Room beyond the far edges for edges to pass and reach the border ports.
  const room = margin + 2 * CLEARANCE
  const width = Math.max(result.width, ...placed.map((r) => Math.ceil(r.x + r.width + room)))
  const height = Math.max(result.height, ...placed.map((r) => Math.ceil(r.y + r.height + room)))
  const externalPorts: Record<string, LevelPort> = {}
  for (const [id, port] of Object.entries(result.externalPorts)) {
    externalPorts[id] = {
      ...port,
      x: port.side === 'EAST' ? width : port.x,
      y: port.side === 'SOUTH' ? height : port.y,
    }
  }
  return { width, height, positions, externalPorts, routes: routeLevel(problem, { width, height, positions, externalPorts }) }
}

function findBlocker(p: ScenePoint, c: { width: number; height: number }, placed: readonly Rect[]): Rect | undefined {
  const box = { ...p, width: c.width, height: c.height }
  return placed.find((r) => rectsOverlap(inflate(r, NODE_SPACING / 2), box))
}
