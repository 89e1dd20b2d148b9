import type { Rect } from '../../layout/scene'
import { opBounds } from '../diagram/op-bounds'
import type { OpBounds, PaintOp } from '../diagram/paint-ops'

/**
 * The parts of a 2D canvas context the painter uses: a browser CanvasRenderingContext2D,
 * @napi-rs/canvas's context and Konva's Context wrapper all have them.
 */
export interface Canvas2DLike {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  lineCap: unknown
  lineJoin: unknown
  font: string
  textAlign: unknown
  textBaseline: unknown
  beginPath(): void
  closePath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void
  rect(x: number, y: number, width: number, height: number): void
  fill(): void
  stroke(): void
  fillText(text: string, x: number, y: number): void
  setLineDash(segments: number[]): void
}

/**
 * Paint operations prepared for repeated drawing: bounds computed once, so each redraw (a tile,
 * a pan) skips what lies outside the visible region cheaply.
 */
export class CanvasPainter {
  private readonly bounds: readonly OpBounds[]

  constructor(
    private readonly ops: readonly PaintOp[],
    /** CSS font-family value, e.g. `"Netdraft Sans"` or `Helvetica, Arial, sans-serif`. */
    private readonly fontFamily: string,
  ) {
    this.bounds = ops.map(opBounds)
  }

  /** Draws every operation touching `visible` (all when null), in order, in scene coordinates. */
  paint(ctx: Canvas2DLike, visible: Rect | null = null) {
    const right = visible ? visible.x + visible.width : 0
    const bottom = visible ? visible.y + visible.height : 0
    ctx.lineCap = 'butt'
    ctx.lineJoin = 'miter'
    for (let i = 0; i < this.ops.length; i++) {
      if (visible) {
        const b = this.bounds[i]
        if (b.maxX < visible.x || b.minX > right || b.maxY < visible.y || b.minY > bottom) continue
      }
      this.paintOp(ctx, this.ops[i])
    }
  }

  private paintOp(ctx: Canvas2DLike, op: PaintOp) {
    switch (op.op) {
      case 'rect':
        if (!op.fill && !op.stroke) return
        ctx.beginPath()
        if (op.cornerRadius > 0) roundedRect(ctx, op.x, op.y, op.width, op.height, op.cornerRadius)
        else ctx.rect(op.x, op.y, op.width, op.height)
        if (op.fill) {
          ctx.fillStyle = op.fill
          ctx.fill()
        }
        if (op.stroke) stroke(ctx, op.stroke, op.strokeWidth, op.dash)
        return
      case 'polyline':
      case 'polygon':
        ctx.beginPath()
        ctx.moveTo(op.points[0], op.points[1])
        for (let i = 2; i < op.points.length; i += 2) ctx.lineTo(op.points[i], op.points[i + 1])
        if (op.op === 'polyline') return stroke(ctx, op.stroke, op.strokeWidth, op.dash)
        ctx.closePath()
        ctx.fillStyle = op.fill
        ctx.fill()
        return
      case 'circle':
        ctx.beginPath()
        ctx.arc(op.cx, op.cy, op.r, 0, 2 * Math.PI)
        ctx.fillStyle = op.fill
        ctx.fill()
        if (op.stroke) stroke(ctx, op.stroke, op.strokeWidth, [])
        return
      case 'text':
        ctx.font = `${op.bold ? 'bold ' : ''}${op.fontSize}px ${this.fontFamily}`
        ctx.fillStyle = op.color
        ctx.textAlign = op.align
        ctx.textBaseline = 'middle'
        ctx.fillText(op.text, op.x, op.y + op.lineHeight / 2)
        return
    }
  }
}

function stroke(ctx: Canvas2DLike, colour: string, width: number, dash: readonly number[]) {
  ctx.strokeStyle = colour
  ctx.lineWidth = width
  ctx.setLineDash([...dash])
  ctx.stroke()
}

function roundedRect(ctx: Canvas2DLike, x: number, y: number, w: number, h: number, r: number) {
  const radius = Math.min(r, w / 2, h / 2)
  ctx.moveTo(x + radius, y)
  ctx.arcTo(x + w, y, x + w, y + h, radius)
  ctx.arcTo(x + w, y + h, x, y + h, radius)
  ctx.arcTo(x, y + h, x, y, radius)
  ctx.arcTo(x, y, x + w, y, radius)
  ctx.closePath()
}
