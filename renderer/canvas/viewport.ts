import type { Rect, Scene, SceneElement } from '../../shared/layout/scene'

/** Where the canvas looks: scene point (0,0) appears at screen (x, y), scaled by zoom. */
export interface View {
  readonly x: number
  readonly y: number
  readonly zoom: number
}

export const MIN_ZOOM = 0.02
export const MAX_ZOOM = 8

const clampZoom = (z: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z))

/** Zooms by `factor` keeping the scene point under the screen point `at` in place. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const zoom = clampZoom(view.zoom * factor)
  const sceneX = (at.x - view.x) / view.zoom
  const sceneY = (at.y - view.y) / view.zoom
  return { zoom, x: at.x - sceneX * zoom, y: at.y - sceneY * zoom }
}

/** The view that shows `bounds` whole inside a viewport of the given size, with a margin. */
export function fitView(bounds: Rect, width: number, height: number, margin = 24, maxZoom = 2): View {
  if (bounds.width <= 0 || bounds.height <= 0 || width <= 0 || height <= 0) return { x: margin, y: margin, zoom: 1 }
  const zoom = clampZoom(Math.min((width - 2 * margin) / bounds.width, (height - 2 * margin) / bounds.height, maxZoom))
  return { zoom, x: (width - bounds.width * zoom) / 2 - bounds.x * zoom, y: (height - bounds.height * zoom) / 2 - bounds.y * zoom }
}

/** The scene rectangle visible through a viewport. */
export function visibleRect(view: View, width: number, height: number): Rect {
  return { x: -view.x / view.zoom, y: -view.y / view.zoom, width: width / view.zoom, height: height / view.zoom }
}

export function toScene(view: View, screen: { x: number; y: number }): { x: number; y: number } {
  return { x: (screen.x - view.x) / view.zoom, y: (screen.y - view.y) / view.zoom }
}

/** The innermost element under a scene point (elements are listed parents first). */
export function hitTest(scene: Scene, point: { x: number; y: number }): SceneElement | undefined {
  for (let i = scene.elements.length - 1; i >= 0; i--) {
    const e = scene.elements[i]
    if (point.x >= e.x && point.x <= e.x + e.width && point.y >= e.y && point.y <= e.y + e.height) return e
  }
  return undefined
}

/** Elements whose box lies entirely inside a marquee rectangle (scene units). */
export function elementsInRect(scene: Scene, r: Rect): SceneElement[] {
  return scene.elements.filter((e) => e.x >= r.x && e.y >= r.y && e.x + e.width <= r.x + r.width && e.y + e.height <= r.y + r.height)
}

/** Bounding box of the given elements, for "zoom to selection". */
export function boundsOf(elements: readonly SceneElement[]): Rect | undefined {
  if (elements.length === 0) return undefined
  const x = Math.min(...elements.map((e) => e.x))
  const y = Math.min(...elements.map((e) => e.y))
  const right = Math.max(...elements.map((e) => e.x + e.width))
  const bottom = Math.max(...elements.map((e) => e.y + e.height))
  return { x, y, width: right - x, height: bottom - y }
}
