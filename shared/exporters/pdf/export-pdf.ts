import { jsPDF } from 'jspdf'
import type { Rect, Scene } from '../../layout/scene'
import type { Diagnostic } from '../../validation/rule'
import { opBounds } from '../diagram/op-bounds'
import type { PaintOp } from '../diagram/paint-ops'
import { type PaintOptions, paintScene } from '../diagram/scene-paint'
import { drawAppendix } from './appendix'
import { drawOverviewGrid } from './overview-grid'
import { type DiagramPage, PAGE_POINTS, type PagePlanOptions, type PdfPagePlan, planPages } from './page-plan'
import { type PdfFontFiles, registerPdfFonts } from './pdf-fonts'
import { PdfPen } from './pdf-pen'
import { type TitleBlockInfo, drawTitleBlock } from './title-block'

export interface PdfExportInput {
  readonly scene: Scene
  readonly designName: string
  readonly formatVersion: number
  /** Printed in the title block and the document metadata; pass it for reproducible files. */
  readonly date?: Date
  /** Listed in the appendix; an empty list prints "no problems". */
  readonly diagnostics?: readonly Diagnostic[]
  /** A resource's display name for the appendix (the id is printed when absent). */
  readonly resourceName?: (id: string) => string | undefined
}

export interface PdfExportOptions extends PaintOptions, PagePlanOptions {
  /** Add the diagnostics and legend appendix (default true). */
  readonly appendix?: boolean
  /** Embed these fonts (the bundled Netdraft Sans) instead of using the readers' Helvetica. */
  readonly fonts?: PdfFontFiles
}

export interface PdfExport {
  readonly bytes: Uint8Array
  readonly pageCount: number
  readonly plan: PdfPagePlan
  readonly note?: string
}

/**
 * The Scene as a vector PDF: boxes, lines, icons and text as PDF operators (text stays selectable
 * and searchable), a title block on every page, the diagram on one page or as an overview plus
 * tiles, then the diagnostics and legend appendix. Same input, same bytes.
 */
export function exportPdf(input: PdfExportInput, options: PdfExportOptions = {}): PdfExport {
  const theme = options.theme ?? 'light'
  const paint = paintScene(input.scene, { ...options, theme })
  const plan = planPages(paint.bounds, options, blankTest(paint.ops))
  const date = input.date ?? new Date()
  const doc = new jsPDF({ unit: 'pt', format: [plan.pageWidth, plan.pageHeight], orientation: plan.orientation, compress: true, putOnlyUsedFonts: true })
  doc.setProperties({ title: input.designName, subject: 'Network diagram', creator: 'Netdraft' })
  doc.setCreationDate(date)
  doc.setFileId(fileId(`${input.designName}\n${date.toISOString()}`))
  const pen = new PdfPen(doc, registerPdfFonts(doc, options.fonts))
  const descriptions: string[] = []

  plan.pages.forEach((page, i) => {
    if (i > 0) doc.addPage([plan.pageWidth, plan.pageHeight], plan.orientation)
    if (paint.background.toUpperCase() !== '#FFFFFF') paintBackground(doc, pen, page, paint.background)
    pen.drawDiagram(paint.ops, page)
    if (page.kind === 'overview') drawOverviewGrid(doc, pen, plan, page)
    descriptions.push(describe(page, plan))
  })

  if (options.appendix ?? true) {
    // A "fit" page can be any size; the appendix is a table, so it goes on landscape A4.
    const [w, h] = options.page === 'fit' ? [PAGE_POINTS.A4[1], PAGE_POINTS.A4[0]] : [plan.pageWidth, plan.pageHeight]
    const orientation = options.page === 'fit' ? 'landscape' : plan.orientation
    const newPage = () => {
      doc.addPage([w, h], orientation)
      pen.forgetState()
      descriptions.push('Diagnostics and legend')
    }
    newPage()
    drawAppendix(doc, pen, { scene: input.scene, theme, diagnostics: input.diagnostics ?? [], resourceName: input.resourceName ?? (() => undefined) }, newPage)
  }

  const info: TitleBlockInfo = { designName: input.designName, formatVersion: input.formatVersion, date }
  const pageCount = doc.getNumberOfPages()
  for (let p = 1; p <= pageCount; p++) {
    doc.setPage(p)
    pen.forgetState()
    drawTitleBlock(doc, pen, info, p, pageCount, descriptions[p - 1])
  }
  const bytes = new Uint8Array(doc.output('arraybuffer'))
  return { bytes, pageCount, plan, ...(plan.note ? { note: plan.note } : {}) }
}

/**
 * Whether a window of the diagram shows nothing: no text, line, icon or box border passes through
 * it (it may lie inside a box's fill).
 */
function blankTest(ops: readonly PaintOp[]): (window: Rect) => boolean {
  const marks = ops.map((op) => ({ op, b: opBounds(op) }))
  return (w) =>
    !marks.some(({ op, b }) => {
      if (b.maxX <= w.x || b.minX >= w.x + w.width || b.maxY <= w.y || b.minY >= w.y + w.height) return false
      if (op.op !== 'rect') return true
      const inset = op.strokeWidth
      const inside = w.x >= op.x + inset && w.y >= op.y + inset && w.x + w.width <= op.x + op.width - inset && w.y + w.height <= op.y + op.height - inset
      return !inside
    })
}

function describe(page: DiagramPage, plan: PdfPagePlan): string {
  if (page.kind === 'overview') return `Overview: ${plan.rows} × ${plan.columns} tiles follow`
  if (page.kind === 'tile') return `Tile row ${page.row! + 1} of ${plan.rows}, column ${page.column! + 1} of ${plan.columns}`
  return plan.note ? 'Diagram, shrunk to one page' : 'Diagram'
}

function paintBackground(doc: jsPDF, pen: PdfPen, page: DiagramPage, colour: string) {
  pen.setFill(colour)
  doc.rect(page.originX, page.originY, page.window.width * page.scale, page.window.height * page.scale, 'F')
}

/** A stable 32-hex-digit PDF file id from the content that identifies the export (FNV-1a, twice). */
function fileId(text: string): string {
  const hash = (seed: number) => {
    let h = seed >>> 0
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
    return h.toString(16).padStart(8, '0')
  }
  return (hash(0x811c9dc5) + hash(0x01234567) + hash(0x89abcdef) + hash(0x76543210)).toUpperCase()
}
