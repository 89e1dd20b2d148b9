import { readFileSync } from 'node:fs'
import { bundledFontBytes } from '../main/export/bundled-fonts'
import { exportScenePng } from '../main/export/png-export'
import { exportPdf, type PdfExportOptions } from '../shared/exporters/pdf/export-pdf'
import type { Scene } from '../shared/layout/scene'
import type { Diagnostic } from '../shared/validation/rule'
import { createHarness } from './harness'

/** Run by exports.bench.ts with a laid-out diagram and a format, so peak RSS here is that exporter's alone. */
const input = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { vpcs: number; scene: Scene; designName: string; formatVersion: number; diagnostics: Diagnostic[] }
const format = process.argv[3]
const h = createHarness('exports')
const { vpcs, scene } = input
const peak = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`

if (format === 'png') {
  const first = await h.memory(`${vpcs} VPCs: PNG export, scale 1 (first run)`, () => exportScenePng(scene, { scale: 1 }))
  await h.time(`${vpcs} VPCs: PNG export, scale 1`, () => exportScenePng(scene, { scale: 1 }), 3)
  const png = await exportScenePng(scene, { scale: 1 })
  const [image] = png.images
  h.print(`${vpcs} VPCs: PNG image`, `${image.width}×${image.height} px, ${image.bytes.length} bytes${png.note ? ` (capped at scale ${png.pixelRatio})` : ''}`)
  h.print(`${vpcs} VPCs: PNG peak RSS (first run / after all runs)`, `${first.peakRssMb.toFixed(0)} MB / ${peak()}`)
} else {
  const fonts = bundledFontBytes()
  const pdfInput = { ...input, date: new Date('2026-01-01T00:00:00Z'), resourceName: () => undefined }
  const runs: readonly (readonly [string, PdfExportOptions])[] = [
    ['A4, embedded font (CLI default)', { fonts }],
    ['--page fit, embedded font', { page: 'fit', fonts }],
    ['A4, --standard-font', {}],
  ]
  for (const [label, options] of runs) {
    await h.memory(`${vpcs} VPCs: PDF export, ${label} (first run)`, () => exportPdf(pdfInput, options))
    await h.time(`${vpcs} VPCs: PDF export, ${label}`, () => exportPdf(pdfInput, options), 3)
    const pdf = exportPdf(pdfInput, options)
    h.print(`${vpcs} VPCs: PDF size, ${label}`, `${pdf.bytes.length} bytes, ${pdf.pageCount} pages${pdf.note ? ' (diagram on one page: too large to tile)' : ''}`)
  }
  h.print(`${vpcs} VPCs: PDF peak RSS after all runs`, peak())
}
