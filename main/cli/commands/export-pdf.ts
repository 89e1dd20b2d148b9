import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { designDiagram } from '../../../shared/exporters/diagram/design-diagram'
import { UnknownElementError } from '../../../shared/exporters/diagram/scene-subset'
import { exportPdf } from '../../../shared/exporters/pdf/export-pdf'
import { type PageSize, pageSizes } from '../../../shared/exporters/pdf/page-plan'
import { bundledFontBytes } from '../../export/bundled-fonts'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'
import { parseSelection, parseTheme } from './export-options'

const pdfThemes = ['light', 'print'] as const

export const exportPdfCommand = defineCommand({
  name: ['export', 'pdf'],
  summary: 'draw a design as a vector PDF with title block, diagnostics and legend',
  usage: `netdraft export pdf FILE -o OUT.pdf [--page A4|A3|Letter|fit] [--landscape | --portrait] [--fit]
                       [--theme light|print] [--no-badges] [--select ID[,ID…]] [--no-appendix] [--date YYYY-MM-DD]
                       [--standard-font]

Lays out FILE and writes a vector PDF: boxes, lines, icons and searchable text, a title block on
every page, then an appendix with the validation diagnostics and the legend.
  --page SIZE     A4 (default), A3, Letter, or fit (one page the size of the diagram)
  --landscape, --portrait
                  orientation (default: the diagram's own)
  --fit           scale the diagram onto one page instead of an overview plus tiles at full size
  --theme         light (screen colours, default) or print (no fills, darker strokes)
  --no-badges     hide the diagnostics badges
  --select IDS    only these resources (comma-separated ids) and what they contain
  --no-appendix   leave out the diagnostics and legend pages
  --date DAY      date printed in the title block (default: today, or SOURCE_DATE_EPOCH)
  --standard-font use the readers' Helvetica instead of embedding the bundled Netdraft Sans
                  (36 KB smaller; characters outside Windows-1252, such as →, are lost)
Exit 0 when written, 2 when FILE cannot be read or OUT cannot be written.`,
  options: {
    output: { type: 'string', short: 'o' },
    page: { type: 'string' },
    landscape: { type: 'boolean' },
    portrait: { type: 'boolean' },
    fit: { type: 'boolean' },
    theme: { type: 'string' },
    'no-badges': { type: 'boolean' },
    select: { type: 'string' },
    'no-appendix': { type: 'boolean' },
    date: { type: 'string' },
    'standard-font': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('export pdf takes exactly one FILE')
    const out = values.output
    if (typeof out !== 'string') throw new UsageError('export pdf needs -o OUT.pdf')
    const page = parsePage(values.page)
    if (values.landscape && values.portrait) throw new UsageError('choose --landscape or --portrait, not both')
    const orientation = values.landscape ? 'landscape' : values.portrait ? 'portrait' : undefined
    const theme = parseTheme(values.theme, pdfThemes)
    const only = parseSelection(values.select)
    const date = parseDate(values.date, process.env.SOURCE_DATE_EPOCH)
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    const diagram = await designDiagram(loaded.project)
    let result
    try {
      result = exportPdf(
        { ...diagram, date },
        { page, ...(orientation ? { orientation } : {}), fitToPage: Boolean(values.fit), theme, fonts: values['standard-font'] ? undefined : bundledFontBytes(), badges: !values['no-badges'], only, appendix: !values['no-appendix'] },
      )
    } catch (e) {
      if (e instanceof UnknownElementError) {
        io.err(`netdraft export pdf: ${e.message}\n`)
        return EXIT.usage
      }
      throw e
    }
    if (result.note) io.err(`netdraft export pdf: note: ${result.note}\n`)
    try {
      await writeFile(path.resolve(io.cwd, out), result.bytes)
    } catch (e) {
      io.err(`netdraft export pdf: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`)
      return EXIT.usage
    }
    const { pageWidth, pageHeight } = result.plan
    io.out(`wrote ${out} (${result.pageCount} page${result.pageCount === 1 ? '' : 's'}, ${Math.round(pageWidth)}×${Math.round(pageHeight)} pt, ${result.bytes.length} bytes)\n`)
    return EXIT.ok
  },
})

function parsePage(value: unknown): PageSize {
  if (value === undefined) return 'A4'
  const match = pageSizes.find((p) => p.toLowerCase() === String(value).toLowerCase())
  if (!match) throw new UsageError(`--page must be one of ${pageSizes.join(', ')}, got "${String(value)}"`)
  return match
}

/** --date wins; else SOURCE_DATE_EPOCH (reproducible builds convention, seconds); else now. */
export function parseDate(value: unknown, epoch: string | undefined): Date {
  if (typeof value === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`--date must be YYYY-MM-DD, got "${value}"`)
    return new Date(`${value}T00:00:00Z`)
  }
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000)
  return new Date()
}
