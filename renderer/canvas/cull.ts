import type { Rect, Scene, SceneEdge } from '../../shared/layout/scene'
import { rectsOverlap } from '../../shared/layout/scene'

/** Below this many screen pixels a label is unreadable, so it is not drawn. */
export const MIN_LEGIBLE_FONT_PX = 4.5

/**
 * The part of a Scene worth drawing for a view: elements and edges that touch `rect`, with labels
 * dropped when they would be too small to read at `zoom`. The result is still a valid Scene.
 */
export function cullScene(scene: Scene, rect: Rect, zoom: number, fontSize = 12): Scene {
  const legible = fontSize * zoom >= MIN_LEGIBLE_FONT_PX
  const elements = scene.elements.filter((e) => rectsOverlap(e, rect)).map((e) => (legible ? e : { ...e, label: [] }))
  const edges = scene.edges.filter((e) => edgeTouches(e, rect)).map((e) => (legible ? e : { ...e, label: undefined, labelAt: undefined }))
  return { ...scene, elements, edges }
}

function edgeTouches(edge: SceneEdge, r: Rect): boolean {
  const xs = edge.points.map((p) => p.x)
  const ys = edge.points.map((p) => p.y)
  const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + 1, height: Math.max(...ys) - Math.min(...ys) + 1 }
  return rectsOverlap(box, r)
}

/** A rectangle grown by `factor` of its size on every side. */
export function grow(r: Rect, factor: number): Rect {
  return { x: r.x - r.width * factor, y: r.y - r.height * factor, width: r.width * (1 + 2 * factor), height: r.height * (1 + 2 * factor) }
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}
