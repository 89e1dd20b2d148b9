import type { Rect, SceneElement } from './scene'
import { BADGE_SIZE, type BoxStyle, ICON_SIZE, PADDING, textHeight, textWidth } from './style'

/**
 * Where the parts of a box go: icon square, label lines, severity badge. Layout sizes boxes with
 * these functions and every renderer draws with them, so text never spills out of a box in one
 * renderer and not in another. Text is drawn with `textBaseline = 'top'` at each line's x, y.
 */

export interface LabelLine {
  readonly text: string
  readonly x: number
  readonly y: number
  readonly fontSize: number
  readonly bold: boolean
}

export interface BoxGeometry {
  /** The icon square, absent when the style has no icon. */
  readonly icon?: Rect
  readonly lines: readonly LabelLine[]
  /** Centre and radius of the severity badge circle (drawn only when the element has a severity). */
  readonly badge: { readonly cx: number; readonly cy: number; readonly r: number }
}

function iconSpace(style: BoxStyle): number {
  return style.icon === '' ? 0 : ICON_SIZE + PADDING
}

/** The widest label line, in scene units. */
export function labelWidth(label: readonly string[], style: BoxStyle): number {
  let width = 0
  for (const line of label) width = Math.max(width, textWidth(line, style.fontSize))
  return width
}

/** Narrowest box that shows its icon, every label line and the badge. */
export function minBoxWidth(label: readonly string[], style: BoxStyle): number {
  return PADDING + iconSpace(style) + labelWidth(label, style) + PADDING + BADGE_SIZE + PADDING / 2
}

/** Height of the label band: a node's whole height, a container's header above its children. */
export function labelBandHeight(label: readonly string[], style: BoxStyle): number {
  const content = Math.max(style.icon === '' ? 0 : ICON_SIZE, textHeight(label.length, style.fontSize))
  return PADDING + content + PADDING
}

export function boxGeometry(element: Pick<SceneElement, 'x' | 'y' | 'width' | 'height' | 'label'>, style: BoxStyle): BoxGeometry {
  const band = style.labelPlacement === 'top' ? labelBandHeight(element.label, style) : element.height
  const lineHeight = textHeight(1, style.fontSize)
  const textBlock = lineHeight * element.label.length
  const textTop = element.y + (band - textBlock) / 2
  const iconTop = element.y + (band - ICON_SIZE) / 2
  const left = element.x + PADDING
  const icon = style.icon === '' ? undefined : { x: left, y: iconTop, width: ICON_SIZE, height: ICON_SIZE }
  const textLeft = left + iconSpace(style)
  const lines = element.label.map((text, i) => ({
    text,
    x: textLeft,
    y: textTop + i * lineHeight,
    fontSize: style.fontSize,
    bold: style.bold && i === 0,
  }))
  const r = BADGE_SIZE / 2
  return { icon, lines, badge: { cx: element.x + element.width - PADDING / 2 - r, cy: element.y + PADDING / 2 + r, r } }
}
