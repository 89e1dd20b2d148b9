import { textWidth } from '../../layout/style'
import type { OpBounds, PaintOp } from './paint-ops'

/** Scene-unit bounding box of an operation, for culling against a page's window. */
export function opBounds(op: PaintOp): OpBounds {
  switch (op.op) {
    case 'rect': {
      const pad = op.strokeWidth / 2
      return { minX: op.x - pad, minY: op.y - pad, maxX: op.x + op.width + pad, maxY: op.y + op.height + pad }
    }
    case 'polyline':
    case 'polygon': {
      let minX = Infinity
      let minY = Infinity
      let maxX = -Infinity
      let maxY = -Infinity
      for (let i = 0; i < op.points.length; i += 2) {
        minX = Math.min(minX, op.points[i])
        maxX = Math.max(maxX, op.points[i])
        minY = Math.min(minY, op.points[i + 1])
        maxY = Math.max(maxY, op.points[i + 1])
      }
      const pad = op.op === 'polyline' ? op.strokeWidth : 0
      return { minX: minX - pad, minY: minY - pad, maxX: maxX + pad, maxY: maxY + pad }
    }
    case 'circle':
      return { minX: op.cx - op.r, minY: op.cy - op.r, maxX: op.cx + op.r, maxY: op.cy + op.r }
    case 'text': {
      const width = textWidth(op.text, op.fontSize)
      const minX = op.align === 'center' ? op.x - width / 2 : op.x
      return { minX, minY: op.y, maxX: minX + width, maxY: op.y + op.lineHeight }
    }
  }
}
