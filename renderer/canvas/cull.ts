import type { Rect, Scene, SceneEdge, SceneElement } from '../../shared/layout/scene'
import { rectsOverlap } from '../../shared/layout/scene'
import { boxStyle } from '../../shared/layout/style'

/** Below this many screen pixels text cannot be read at all, so it is not drawn. */
export const MIN_LEGIBLE_FONT_PX = 3.5
/** Below this, only a box's first label line (its name) is drawn, so a zoomed-out design still names its boxes. */
export const FULL_LABEL_FONT_PX = 6
const EDGE_FONT_SIZE = 10

/**
 * The part of a Scene worth drawing for a view: elements and edges that touch `rect`, with labels
 * shortened or dropped when they would be too small to read at `zoom`. The result is still a valid Scene.
 */
export function cullScene(scene: Scene, rect: Rect, zoom: number): Scene {
  const elements = scene.elements.filter((e) => rectsOverlap(e, rect)).map((e) => legibleLabel(e, zoom))
  const edgeLabels = EDGE_FONT_SIZE * zoom >= FULL_LABEL_FONT_PX
  const edges = scene.edges.filter((e) => edgeTouches(e, rect)).map((e) => (edgeLabels ? e : { ...e, label: undefined, labelAt: undefined }))
  return { ...scene, elements, edges }
}

function legibleLabel(e: SceneElement, zoom: number): SceneElement {
  const px = boxStyle(e.styleKey).fontSize * zoom
  if (px >= FULL_LABEL_FONT_PX) return e
  return { ...e, label: px >= MIN_LEGIBLE_FONT_PX ? e.label.slice(0, 1) : [] }
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
