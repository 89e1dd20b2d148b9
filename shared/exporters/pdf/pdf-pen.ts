import type { jsPDF } from 'jspdf'
import { opBounds } from '../diagram/op-bounds'
import type { PaintOp } from '../diagram/paint-ops'
import type { DiagramPage } from './page-plan'

const UNSET = '\u0000unset'

/**
 * Draws paint operations as PDF vector operators on the current page: `page` maps scene units to
 * points. Only operations that touch the page's window are written, inside a clip to the window,
 * so tiles stay small and nothing spills into the margins. Colour, width, dash and font are only
 * re-set when they change, which keeps large documents compact.
 */
export class PdfPen {
  private fill = UNSET
  private draw = UNSET
  private textColour = UNSET
  private lineWidth = -1
  // Sentinels no real value has, so the first use after forgetState() always re-sends.
  private dashKey = UNSET
  private fontKey = UNSET

  /** `fontFamily`: a family registered with the document (see pdf-fonts.ts). */
  constructor(
    private readonly doc: jsPDF,
    private readonly fontFamily: string,
  ) {}

  drawDiagram(ops: readonly PaintOp[], page: DiagramPage) {
    const { window, scale, originX, originY } = page
    const doc = this.doc
    doc.saveGraphicsState()
    doc.rect(originX, originY, window.width * scale, window.height * scale, null)
    doc.clip()
    doc.discardPath()
    const tx = (x: number) => originX + (x - window.x) * scale
    const ty = (y: number) => originY + (y - window.y) * scale
    const right = window.x + window.width
    const bottom = window.y + window.height
    for (const op of ops) {
      const b = opBounds(op)
      if (b.maxX < window.x || b.minX > right || b.maxY < window.y || b.minY > bottom) continue
      this.drawOp(op, tx, ty, scale)
    }
    doc.restoreGraphicsState()
    this.forgetState()
  }

  /** Draws operations at an explicit transform, unclipped (legend swatches). */
  drawAt(ops: readonly PaintOp[], tx: (x: number) => number, ty: (y: number) => number, scale: number) {
    for (const op of ops) this.drawOp(op, tx, ty, scale)
  }

  /** After restoreGraphicsState the PDF state is the saved one: re-send everything next time. */
  forgetState() {
    this.fill = this.draw = this.textColour = this.dashKey = this.fontKey = UNSET
    this.lineWidth = -1
  }

  /**
   * jspdf paints text by setting the PDF fill colour to the text colour, so after any text the
   * fill colour this pen remembers is stale. Call after every doc.text().
   */
  afterText() {
    this.fill = UNSET
  }

  /** Text in the current font, with the fill-colour bookkeeping jspdf's text() needs. */
  text(text: string | string[], x: number, y: number, options: Parameters<jsPDF['text']>[3]) {
    this.doc.text(text, x, y, options)
    this.afterText()
  }

  setFill(colour: string) {
    if (colour !== this.fill) this.doc.setFillColor(colour)
    this.fill = colour
  }

  setDraw(colour: string, width: number, dash: readonly number[]) {
    if (colour !== this.draw) this.doc.setDrawColor(colour)
    this.draw = colour
    if (width !== this.lineWidth) this.doc.setLineWidth(width)
    this.lineWidth = width
    const key = dash.join(',')
    if (key !== this.dashKey) this.doc.setLineDashPattern([...dash], 0)
    this.dashKey = key
  }

  setFont(size: number, bold: boolean, colour: string) {
    const key = `${size}/${bold}`
    if (key !== this.fontKey) this.doc.setFont(this.fontFamily, bold ? 'bold' : 'normal').setFontSize(size)
    this.fontKey = key
    if (colour !== this.textColour) this.doc.setTextColor(colour)
    this.textColour = colour
  }

  private drawOp(op: PaintOp, tx: (x: number) => number, ty: (y: number) => number, s: number) {
    const doc = this.doc
    switch (op.op) {
      case 'rect': {
        const style = paintStyle(op.fill, op.stroke)
        if (!style) return
        if (op.fill) this.setFill(op.fill)
        if (op.stroke) this.setDraw(op.stroke, op.strokeWidth * s, op.dash.map((d) => d * s))
        if (op.cornerRadius > 0) doc.roundedRect(tx(op.x), ty(op.y), op.width * s, op.height * s, op.cornerRadius * s, op.cornerRadius * s, style)
        else doc.rect(tx(op.x), ty(op.y), op.width * s, op.height * s, style)
        return
      }
      case 'polyline': {
        this.setDraw(op.stroke, op.strokeWidth * s, op.dash.map((d) => d * s))
        doc.lines(relative(op.points, s), tx(op.points[0]), ty(op.points[1]), [1, 1], 'S', false)
        return
      }
      case 'polygon':
        this.setFill(op.fill)
        doc.lines(relative(op.points, s), tx(op.points[0]), ty(op.points[1]), [1, 1], 'F', true)
        return
      case 'circle':
        this.setFill(op.fill)
        if (op.stroke) this.setDraw(op.stroke, op.strokeWidth * s, [])
        doc.circle(tx(op.cx), ty(op.cy), op.r * s, op.stroke ? 'FD' : 'F')
        return
      case 'text':
        this.setFont(op.fontSize * s, op.bold, op.color)
        this.text(op.text, tx(op.x), ty(op.y + op.lineHeight / 2), { baseline: 'middle', align: op.align })
        return
    }
  }
}

function paintStyle(fill: string | null, stroke: string | null): 'F' | 'S' | 'FD' | null {
  if (fill && stroke) return 'FD'
  if (fill) return 'F'
  if (stroke) return 'S'
  return null
}

/** jspdf's lines() takes segments relative to the previous point. */
function relative(points: readonly number[], s: number): number[][] {
  const out: number[][] = []
  for (let i = 2; i < points.length; i += 2) out.push([(points[i] - points[i - 2]) * s, (points[i + 1] - points[i - 1]) * s])
  return out
}
