import type { Rect, Scene, SceneEdge } from '../../layout/scene'

export type ElementRole = 'shown' | 'context' | 'hidden'

export interface SceneSubset {
  /** `shown`: selected or inside the selection; `context`: a box around the selection; else `hidden`. */
  roleOf(id: string): ElementRole
  showsEdge(edge: SceneEdge): boolean
  readonly bounds: Rect
  /** Whether a text box lies wholly inside the bounds (context boxes keep only such labels). */
  containsText(x: number, y: number, width: number, height: number): boolean
}

/** Thrown when an export names elements the Scene does not have. */
export class UnknownElementError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`no element with id ${ids.map((id) => `"${id}"`).join(', ')} in the diagram`)
  }
}

/**
 * The part of a Scene an export shows: everything, or the selected elements with their contents.
 * The boxes around a selection are kept as context (clipped by the bounds) so a selected subnet
 * still sits visibly inside its VPC.
 */
export function selectSubset(scene: Scene, only: readonly string[] | undefined, margin: number): SceneSubset {
  if (!only) {
    const bounds = extent(scene, () => true, 0) ?? { x: 0, y: 0, width: scene.width, height: scene.height }
    const whole = union(bounds, { x: 0, y: 0, width: scene.width, height: scene.height })
    return { roleOf: () => 'shown', showsEdge: () => true, bounds: whole, containsText: () => true }
  }
  const byId = new Map(scene.elements.map((e) => [e.id, e]))
  const missing = only.filter((id) => !byId.has(id))
  if (missing.length > 0) throw new UnknownElementError(missing)
  const children = new Map<string, string[]>()
  for (const e of scene.elements) if (e.parentId) children.set(e.parentId, [...(children.get(e.parentId) ?? []), e.id])
  const shown = new Set<string>()
  const stack = [...only]
  while (stack.length > 0) {
    const id = stack.pop()!
    if (shown.has(id)) continue
    shown.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  const context = new Set<string>()
  for (const id of only) {
    for (let parent = byId.get(id)?.parentId; parent && !shown.has(parent); parent = byId.get(parent)?.parentId) context.add(parent)
  }
  const showsEdge = (edge: SceneEdge) => shown.has(edge.source) && shown.has(edge.target)
  const bounds = extent(scene, (id) => shown.has(id), margin, showsEdge)!
  return {
    roleOf: (id) => (shown.has(id) ? 'shown' : context.has(id) ? 'context' : 'hidden'),
    showsEdge,
    bounds,
    containsText: (x, y, width, height) => x >= bounds.x && y >= bounds.y && x + width <= bounds.x + bounds.width && y + height <= bounds.y + bounds.height,
  }
}

function extent(scene: Scene, includes: (id: string) => boolean, margin: number, showsEdge: (e: SceneEdge) => boolean = () => true): Rect | undefined {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const e of scene.elements) {
    if (!includes(e.id)) continue
    minX = Math.min(minX, e.x)
    minY = Math.min(minY, e.y)
    maxX = Math.max(maxX, e.x + e.width)
    maxY = Math.max(maxY, e.y + e.height)
  }
  for (const edge of scene.edges) {
    if (!showsEdge(edge)) continue
    for (const p of edge.points) {
      minX = Math.min(minX, p.x)
      minY = Math.min(minY, p.y)
      maxX = Math.max(maxX, p.x)
      maxY = Math.max(maxY, p.y)
    }
  }
  if (minX === Infinity) return undefined
  return { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin }
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y }
}
