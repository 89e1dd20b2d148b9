import type { jsPDF } from 'jspdf'
import type { DiagramPage, PdfPagePlan } from './page-plan'
import type { PdfPen } from './pdf-pen'

const GRID = '#C0392B'

/**
 * On the overview page, outlines each tile's part of the diagram with its page number, and makes
 * each outline a link to that page.
 */
export function drawOverviewGrid(doc: jsPDF, pen: PdfPen, plan: PdfPagePlan, overview: DiagramPage) {
  const tiles = plan.pages.filter((p) => p.kind === 'tile')
  const s = overview.scale
  tiles.forEach((tile) => {
    const pageNumber = plan.pages.indexOf(tile) + 1
    const x = overview.originX + (tile.window.x - overview.window.x) * s
    const y = overview.originY + (tile.window.y - overview.window.y) * s
    const w = Math.min(tile.window.width, overview.window.x + overview.window.width - tile.window.x) * s
    const h = Math.min(tile.window.height, overview.window.y + overview.window.height - tile.window.y) * s
    pen.setDraw(GRID, 0.5, [3, 3])
    doc.rect(x, y, w, h, 'S')
    // The page number sits in the tile's corner on a white tab so diagram lines do not cross it.
    pen.setFont(Math.max(6, Math.min(10, h / 8)), true, GRID)
    const label = `p. ${pageNumber}`
    const size = doc.getFontSize()
    pen.setFill('#FFFFFF')
    doc.rect(x + 0.5, y + 0.5, doc.getTextWidth(label) + 4, size + 2, 'F')
    pen.text(label, x + 2.5, y + 1.5, { baseline: 'top' })
    doc.link(x, y, w, h, { pageNumber })
  })
}
