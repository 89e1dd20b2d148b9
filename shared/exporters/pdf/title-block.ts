import type { jsPDF } from 'jspdf'
import { MARGIN, TITLE_BLOCK_HEIGHT } from './page-plan'
import type { PdfPen } from './pdf-pen'

export interface TitleBlockInfo {
  readonly designName: string
  readonly formatVersion: number
  readonly date: Date
}

const TEXT = '#232F3E'
const MUTED = '#545B64'

/**
 * The strip along the bottom of every page: design name, format version and export date on the
 * left; "Page x of y" and what the page shows on the right.
 */
export function drawTitleBlock(doc: jsPDF, pen: PdfPen, info: TitleBlockInfo, page: number, pages: number, description: string) {
  const width = doc.internal.pageSize.getWidth()
  const height = doc.internal.pageSize.getHeight()
  const top = height - MARGIN - TITLE_BLOCK_HEIGHT + 8
  const left = MARGIN
  const right = width - MARGIN
  pen.setDraw('#8A939E', 0.75, [])
  doc.line(left, top, right, top)
  const rightColumn = 150
  pen.setFont(11, true, TEXT)
  pen.text(truncate(doc, info.designName, right - left - rightColumn - 12), left, top + 6, { baseline: 'top' })
  pen.setFont(8, false, MUTED)
  pen.text(`Netdraft format version ${info.formatVersion} · exported ${isoDate(info.date)}`, left, top + 20, { baseline: 'top' })
  pen.setFont(10, true, TEXT)
  pen.text(`Page ${page} of ${pages}`, right, top + 6, { baseline: 'top', align: 'right' })
  pen.setFont(8, false, MUTED)
  pen.text(truncate(doc, description, rightColumn), right, top + 20, { baseline: 'top', align: 'right' })
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Cuts text to `maxWidth` points in the current font, ending with an ellipsis when cut. */
function truncate(doc: jsPDF, text: string, maxWidth: number): string {
  if (doc.getTextWidth(text) <= maxWidth) return text
  let end = text.length
  while (end > 1 && doc.getTextWidth(`${text.slice(0, end)}…`) > maxWidth) end--
  return `${text.slice(0, end)}…`
}
