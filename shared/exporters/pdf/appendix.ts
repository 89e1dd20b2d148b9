import type { jsPDF } from 'jspdf'
import type { Scene } from '../../layout/scene'
import { type Theme, styles } from '../../layout/style'
import type { Diagnostic } from '../../validation/rule'
import { severityRank } from '../../validation/rule'
import { SWATCH_HEIGHT, SWATCH_WIDTH, legendFor } from '../diagram/legend'
import { MARGIN, TITLE_BLOCK_HEIGHT } from './page-plan'
import type { PdfPen } from './pdf-pen'

/** More rows than this are summarised: the PDF is for reading, `netdraft validate` lists them all. */
export const MAX_DIAGNOSTIC_ROWS = 1000

const TEXT = '#232F3E'
const MUTED = '#545B64'
const RULE_LINE = '#C8CCD1'
const SWATCH_SCALE = 0.6

export interface AppendixInput {
  readonly scene: Scene
  readonly theme: Theme
  readonly diagnostics: readonly Diagnostic[]
  readonly resourceName: (id: string) => string | undefined
}

/**
 * The appendix: every validation diagnostic (severity, rule, resource, message), then the legend
 * of the styles the diagram uses. Starts on the current page and calls `newPage` when it runs out
 * of room.
 */
export function drawAppendix(doc: jsPDF, pen: PdfPen, input: AppendixInput, newPage: () => void) {
  const width = doc.internal.pageSize.getWidth()
  const bottom = doc.internal.pageSize.getHeight() - MARGIN - TITLE_BLOCK_HEIGHT
  const left = MARGIN
  const right = width - MARGIN
  let y = MARGIN
  const ensure = (height: number) => {
    if (y + height <= bottom) return
    newPage()
    y = MARGIN
  }
  const heading = (text: string) => {
    ensure(40)
    pen.setFont(14, true, TEXT)
    pen.text(text, left, y, { baseline: 'top' })
    y += 22
  }

  heading('Diagnostics')
  const sorted = [...input.diagnostics].sort(
    (a, b) => severityRank[a.severity] - severityRank[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.resourceId.localeCompare(b.resourceId) || a.message.localeCompare(b.message),
  )
  pen.setFont(9, false, MUTED)
  pen.text(summary(sorted), left, y, { baseline: 'top' })
  y += 18
  if (sorted.length > 0) {
    const columns = { severity: left, rule: left + 52, resource: left + 172, message: left + 300 }
    const widths = { rule: 112, resource: 120, message: right - columns.message }
    const header = () => {
      pen.setFont(8, true, TEXT)
      for (const [key, label] of [['severity', 'Severity'], ['rule', 'Rule'], ['resource', 'Resource'], ['message', 'Message']] as const) {
        pen.text(label, columns[key], y, { baseline: 'top' })
      }
      y += 12
      line(doc, pen, left, right, y - 2)
    }
    header()
    for (const d of sorted.slice(0, MAX_DIAGNOSTIC_ROWS)) {
      pen.setFont(8, false, TEXT)
      const name = input.resourceName(d.resourceId)
      const resource = doc.splitTextToSize(name && name !== d.resourceId ? `${name} (${d.resourceId})` : d.resourceId, widths.resource) as string[]
      const rule = doc.splitTextToSize(d.ruleId, widths.rule) as string[]
      const message = doc.splitTextToSize(d.field ? `${d.message} [${d.field}]` : d.message, widths.message) as string[]
      const height = Math.max(resource.length, rule.length, message.length) * 10 + 4
      if (y + height > bottom) {
        newPage()
        y = MARGIN
        header()
        pen.setFont(8, false, TEXT)
      }
      const sev = styles[input.theme].severity[d.severity]
      pen.setFill(sev.fill)
      doc.circle(columns.severity + 3, y + 4.5, 3, 'F')
      pen.text(d.severity, columns.severity + 9, y, { baseline: 'top' })
      pen.text(rule, columns.rule, y, { baseline: 'top' })
      pen.text(resource, columns.resource, y, { baseline: 'top' })
      pen.text(message, columns.message, y, { baseline: 'top' })
      y += height
      line(doc, pen, left, right, y - 2)
    }
    if (sorted.length > MAX_DIAGNOSTIC_ROWS) {
      ensure(14)
      pen.setFont(8, false, MUTED)
      pen.text(`… and ${sorted.length - MAX_DIAGNOSTIC_ROWS} more; run \`netdraft validate\` for the full list.`, left, y + 2, { baseline: 'top' })
      y += 14
    }
  }

  y += 16
  heading('Legend')
  const legend = legendFor(input.scene, input.theme)
  const badges = (['error', 'warning', 'info'] as const).map((severity) => ({ severity, style: styles[input.theme].severity[severity] }))
  const entries = [...legend.boxes, ...legend.edges]
  const columnWidth = (right - left) / 2
  const rowHeight = SWATCH_HEIGHT * SWATCH_SCALE + 6
  entries.forEach((entry, i) => {
    const column = i % 2
    if (column === 0) ensure(rowHeight)
    const x = left + column * columnWidth
    pen.drawAt(entry.ops, (sx) => x + sx * SWATCH_SCALE, (sy) => y + sy * SWATCH_SCALE, SWATCH_SCALE)
    pen.setFont(9, false, TEXT)
    pen.text(entry.name, x + SWATCH_WIDTH * SWATCH_SCALE + 8, y + (SWATCH_HEIGHT * SWATCH_SCALE) / 2, { baseline: 'middle' })
    if (column === 1 || i === entries.length - 1) y += rowHeight
  })
  ensure(rowHeight)
  badges.forEach(({ severity, style }, i) => {
    const x = left + i * (columnWidth * 0.66)
    pen.setFill(style.fill)
    doc.circle(x + 7, y + 7, 7, 'F')
    pen.setFont(9, true, style.text)
    pen.text(style.glyph, x + 7, y + 7, { baseline: 'middle', align: 'center' })
    pen.setFont(9, false, TEXT)
    pen.text(`${severity} on the resource`, x + 20, y + 7, { baseline: 'middle' })
  })
}

function summary(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'Validation found no problems.'
  const count = (severity: Diagnostic['severity'], noun: string) => {
    const n = diagnostics.filter((d) => d.severity === severity).length
    return n === 0 ? [] : [`${n} ${noun}${n === 1 ? '' : 's'}`]
  }
  return `Validation found ${[...count('error', 'error'), ...count('warning', 'warning'), ...count('info', 'note')].join(', ')}.`
}

function line(doc: jsPDF, pen: PdfPen, x1: number, x2: number, y: number) {
  pen.setDraw(RULE_LINE, 0.5, [])
  doc.line(x1, y, x2, y)
}
