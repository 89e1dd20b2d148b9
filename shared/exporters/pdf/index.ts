import type { Project } from '../../model/project'
import type { Diagnostic } from '../../validation/rule'
import { designDiagram } from '../diagram/design-diagram'
import type { Exporter } from '../index'
import { type PdfExportOptions, exportPdf } from './export-pdf'

export { exportPdf, type PdfExport, type PdfExportInput, type PdfExportOptions } from './export-pdf'
export { pageSizes, type PageSize, type Orientation } from './page-plan'

export interface PdfExporterOptions extends PdfExportOptions {
  /** The editor's current diagnostics; validated afresh when absent. */
  readonly diagnostics?: readonly Diagnostic[]
  /** Title-block date; today when absent. */
  readonly date?: Date
}

/** The design as a vector PDF (see docs/exports.md). */
export const pdfExporter: Exporter<PdfExporterOptions> = {
  id: 'pdf',
  title: 'PDF document…',
  fileExtension: 'pdf',
  async export(project: Project, options: PdfExporterOptions) {
    const diagram = await designDiagram(project, options.diagnostics)
    const { bytes } = exportPdf({ ...diagram, ...(options.date ? { date: options.date } : {}) }, options)
    return { kind: 'file', data: bytes }
  },
}
