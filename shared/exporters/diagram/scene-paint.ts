import { boxGeometry } from '../../layout/box-geometry'
import type { Rect, Scene, SceneEdge, SceneElement, ScenePoint } from '../../layout/scene'
import { BADGE_SIZE, type Theme, type ThemeStyles, styles, textHeight, textWidth } from '../../layout/style'
import { glyphFontSize } from './icon-glyph'
import type { PaintOp } from './paint-ops'
import { type SceneSubset, selectSubset } from './scene-subset'

export interface PaintOptions {
  readonly theme?: Theme
  /** Draw the diagnostics severity badges (default true). */
  readonly badges?: boolean
  /** Only these element ids (and what they contain); default the whole design. */
  readonly only?: readonly string[]
}

export interface ScenePaint {
  readonly ops: readonly PaintOp[]
  /** The region to show, in scene units: the whole scene, or the selection with a margin. */
  readonly bounds: Rect
  readonly background: string
}

/** Room around a selection so its borders and badges are not cut. */
export const SELECTION_MARGIN = 16

/**
 * Turns a Scene into paint operations in drawing order: boxes (parents first, as listed), then
 * edges and their labels, then badges on top so no line hides a diagnostic.
 * Throws when `only` names an element the Scene does not have.
 */
export function paintScene(scene: Scene, options: PaintOptions = {}): ScenePaint {
  const theme = styles[options.theme ?? 'light']
  const subset = selectSubset(scene, options.only, SELECTION_MARGIN)
  const ops: PaintOp[] = []
  const badges: PaintOp[] = []
  const wantBadges = options.badges ?? true
  for (const element of scene.elements) {
    const role = subset.roleOf(element.id)
    if (role === 'hidden') continue
    paintElement(element, theme, role === 'context' ? subset : null, ops)
    if (wantBadges && element.severity && role === 'shown') {
      const { badge } = boxGeometry(element, theme.boxes[element.styleKey])
      paintBadge(badge.cx, badge.cy, badge.r, element.severity, theme, badges)
    }
  }
  for (const edge of scene.edges) {
    if (!subset.showsEdge(edge)) continue
    paintEdge(edge, theme, ops)
    if (wantBadges && edge.severity && edge.points.length > 0) {
      const at = pointAlong(edge.points, 0.5)
      paintBadge(at.x, at.y, BADGE_SIZE / 2, edge.severity, theme, badges)
    }
  }
  ops.push(...badges)
  return { ops, bounds: subset.bounds, background: theme.background }
}

const visible = (colour: string) => (colour === 'transparent' ? null : colour)

function paintElement(element: SceneElement, theme: ThemeStyles, context: SceneSubset | null, ops: PaintOp[]) {
  const style = theme.boxes[element.styleKey]
  ops.push({
    op: 'rect',
    x: element.x,
    y: element.y,
    width: element.width,
    height: element.height,
    fill: visible(style.fill),
    stroke: visible(style.stroke),
    strokeWidth: style.strokeWidth,
    dash: style.dash,
    cornerRadius: style.cornerRadius,
  })
  const geometry = boxGeometry(element, style)
  const glyph = element.icon ?? style.icon
  if (geometry.icon && glyph !== '') {
    const { x, y, width, height } = geometry.icon
    ops.push({ op: 'rect', x, y, width, height, fill: style.iconFill, stroke: null, strokeWidth: 0, dash: [], cornerRadius: 3 })
    const fontSize = glyphFontSize(glyph)
    ops.push({ op: 'text', text: glyph, x: x + width / 2, y, lineHeight: height, fontSize, bold: true, color: '#FFFFFF', align: 'center' })
  }
  const lineHeight = textHeight(1, style.fontSize)
  for (const line of geometry.lines) {
    // A context box (an ancestor of the selection) keeps only labels that fall inside the region.
    if (context && !context.containsText(line.x, line.y, textWidth(line.text, line.fontSize), lineHeight)) continue
    ops.push({ op: 'text', text: line.text, x: line.x, y: line.y, lineHeight, fontSize: line.fontSize, bold: line.bold, color: style.text, align: 'left' })
  }
}

function paintEdge(edge: SceneEdge, theme: ThemeStyles, ops: PaintOp[]) {
  if (edge.points.length < 2) return
  const style = theme.edges[edge.styleKey]
  ops.push({ op: 'polyline', points: edge.points.flatMap((p) => [p.x, p.y]), stroke: style.stroke, strokeWidth: style.strokeWidth, dash: style.dash })
  if (style.arrow === 'end') ops.push(arrowHead(edge.points.at(-2)!, edge.points.at(-1)!, style.strokeWidth, style.stroke))
  if (edge.label) {
    const width = textWidth(edge.label, style.fontSize)
    const height = textHeight(1, style.fontSize)
    const at = edge.labelAt ?? centredLabel(pointAlong(edge.points, 0.5), width, height)
    ops.push({ op: 'rect', x: at.x - 2, y: at.y, width: width + 4, height, fill: theme.background, stroke: null, strokeWidth: 0, dash: [], cornerRadius: 2 })
    ops.push({ op: 'text', text: edge.label, x: at.x, y: at.y, lineHeight: height, fontSize: style.fontSize, bold: false, color: style.text, align: 'left' })
  }
}

function centredLabel(p: ScenePoint, width: number, height: number): ScenePoint {
  return { x: p.x - width / 2, y: p.y - height / 2 }
}

/** A filled triangle whose tip is `to`, pointing along from→to. */
export function arrowHead(from: ScenePoint, to: ScenePoint, strokeWidth: number, fill: string): PaintOp {
  const length = 6 + strokeWidth * 2
  const half = length * 0.45
  const dx = to.x - from.x
  const dy = to.y - from.y
  const norm = Math.hypot(dx, dy) || 1
  const ux = dx / norm
  const uy = dy / norm
  const bx = to.x - ux * length
  const by = to.y - uy * length
  return { op: 'polygon', points: [to.x, to.y, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half], fill }
}

/** The point at `fraction` of a polyline's length. */
export function pointAlong(points: readonly ScenePoint[], fraction: number): ScenePoint {
  let total = 0
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y)
  let remaining = total * fraction
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]
    const b = points[i]
    const length = Math.hypot(b.x - a.x, b.y - a.y)
    if (remaining <= length && length > 0) {
      const t = remaining / length
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }
    }
    remaining -= length
  }
  return points[points.length - 1]
}

function paintBadge(cx: number, cy: number, r: number, severity: 'error' | 'warning' | 'info', theme: ThemeStyles, ops: PaintOp[]) {
  const style = theme.severity[severity]
  ops.push({ op: 'circle', cx, cy, r, fill: style.fill, stroke: theme.background, strokeWidth: 1 })
  ops.push({ op: 'text', text: style.glyph, x: cx, y: cy - r, lineHeight: 2 * r, fontSize: 10, bold: true, color: style.text, align: 'center' })
}
