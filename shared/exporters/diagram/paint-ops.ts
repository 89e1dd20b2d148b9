/**
 * A Scene turned into drawing primitives with every style already resolved. The Konva drawer (PNG,
 * canvas) and the jspdf drawer (PDF) both replay this list, so the two outputs cannot disagree on
 * what is drawn where; each drawer only knows how to put a primitive on its surface.
 *
 * Coordinates are scene units. Colours are CSS hex strings; `null` means "not painted".
 */

export interface RectOp {
  readonly op: 'rect'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly fill: string | null
  readonly stroke: string | null
  readonly strokeWidth: number
  readonly dash: readonly number[]
  readonly cornerRadius: number
}

/** An open polyline (edge); points as flat [x0, y0, x1, y1, …]. */
export interface PolylineOp {
  readonly op: 'polyline'
  readonly points: readonly number[]
  readonly stroke: string
  readonly strokeWidth: number
  readonly dash: readonly number[]
}

/** A closed filled polygon (arrow heads); points as flat [x0, y0, …]. */
export interface PolygonOp {
  readonly op: 'polygon'
  readonly points: readonly number[]
  readonly fill: string
}

export interface CircleOp {
  readonly op: 'circle'
  readonly cx: number
  readonly cy: number
  readonly r: number
  readonly fill: string
  readonly stroke: string | null
  readonly strokeWidth: number
}

/**
 * One line of text. `y` is the top of the line box whose height is `lineHeight`; drawers centre the
 * glyphs vertically in it. With `align: 'center'`, `x` is the centre of the text, else its left end.
 */
export interface TextOp {
  readonly op: 'text'
  readonly text: string
  readonly x: number
  readonly y: number
  readonly lineHeight: number
  readonly fontSize: number
  readonly bold: boolean
  readonly color: string
  readonly align: 'left' | 'center'
}

export type PaintOp = RectOp | PolylineOp | PolygonOp | CircleOp | TextOp

/** Bounding box of an op in scene units (text uses the layout's width estimate). */
export interface OpBounds {
  readonly minX: number
  readonly minY: number
  readonly maxX: number
  readonly maxY: number
}
