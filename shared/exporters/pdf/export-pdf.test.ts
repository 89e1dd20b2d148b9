import { describe, expect, it } from 'vitest'
import type { Scene } from '../../layout/scene'
import type { Diagnostic } from '../../validation/rule'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pdfFonts, pdfInfo, pdfText } from '../test-helpers/poppler'
import { sampleScene } from '../test-helpers/sample-scene'
import { exportPdf } from './export-pdf'
import { MIN_SINGLE_PAGE_SCALE, PAGE_POINTS } from './page-plan'
import { designDiagram } from '../diagram/design-diagram'
import { boxStyle, edgeStyle } from '../../layout/style'
import { loadProject } from '../../model'

const date = new Date('2026-03-04T05:06:07Z')
const base = { scene: sampleScene, designName: 'Sample network', formatVersion: 1, date }
const diagnostic: Diagnostic = {
  ruleId: 'subnet-cidr-overlap',
  messageId: 'overlap',
  severity: 'error',
  message: 'Subnet public-a (10.0.0.0/24) overlaps subnet private-z (10.0.0.128/25).',
  resourceId: 'subnet-pub-a',
  resourceIds: ['subnet-pub-a'],
  field: 'cidr',
}
const near = (a: readonly [number, number], b: readonly [number, number]) => Math.abs(a[0] - b[0]) < 0.1 && Math.abs(a[1] - b[1]) < 0.1

/** The sample repeated side by side: wide enough to need tiles on A4. */
function wideScene(copies: number): Scene {
  const shift = (id: string, i: number) => `${id}#${i}`
  const elements = Array.from({ length: copies }, (_, i) =>
    sampleScene.elements.map((e) => ({ ...e, id: shift(e.id, i), ...(e.parentId ? { parentId: shift(e.parentId, i) } : {}), x: e.x + i * 900, label: e.label.map((l) => (l === e.label[0] ? `${l} #${i}` : l)) })),
  ).flat()
  return { width: 900 * copies, height: 520, elements, edges: [] }
}

describe('exportPdf', () => {
  it('writes the diagram page and the appendix on A4 landscape, with title blocks', () => {
    const result = exportPdf({ ...base, diagnostics: [diagnostic], resourceName: (id) => (id === 'subnet-pub-a' ? 'public-a' : undefined) })
    const info = pdfInfo(result.bytes)
    expect(info.pages).toBe(2)
    expect(result.pageCount).toBe(2)
    for (const size of info.sizes) expect(near(size, [PAGE_POINTS.A4[1], PAGE_POINTS.A4[0]])).toBe(true)
    const text = pdfText(result.bytes)
    expect(text).toContain('Sample network')
    expect(text).toContain('Page 1 of 2')
    expect(text).toContain('Page 2 of 2')
    expect(text).toMatch(/Netdraft format version 1 · exported 2026-03-04/)
    expect(text).toContain('Diagnostics')
    expect(text).toContain('subnet-cidr-overlap')
    expect(text).toContain('public-a (subnet-pub-a)')
    expect(text).toContain('Legend')
    expect(text).toContain('Public subnet')
    expect(text).toContain('VPC peering')
  })

  it('keeps every label as searchable text', () => {
    const text = pdfText(exportPdf(base).bytes)
    for (const e of sampleScene.elements) for (const line of e.label) expect(text, line).toContain(line)
    expect(text).toContain('pcx prod-shared')
  })

  it('says when validation found nothing', () => {
    expect(pdfText(exportPdf({ ...base, diagnostics: [] }).bytes)).toContain('Validation found no problems.')
  })

  it.each([
    ['A3', 'portrait', [...PAGE_POINTS.A3]],
    ['Letter', 'landscape', [792, 612]],
    ['A4', 'portrait', [...PAGE_POINTS.A4]],
  ] as const)('uses %s %s pages', (page, orientation, size) => {
    const info = pdfInfo(exportPdf(base, { page, orientation, fitToPage: true }).bytes)
    expect(info.sizes.every((s) => near(s, size as [number, number]))).toBe(true)
  })

  it('makes a fit page the size of the diagram, the appendix on A4', () => {
    const info = pdfInfo(exportPdf(base, { page: 'fit' }).bytes)
    expect(info.pages).toBe(2)
    expect(near(info.sizes[0], [900 * 0.75 + 56, 520 * 0.75 + 56 + 34])).toBe(true)
    expect(near(info.sizes[1], [PAGE_POINTS.A4[1], PAGE_POINTS.A4[0]])).toBe(true)
  })

  it('tiles a wide design behind an overview, or fits it on one page on request', () => {
    const scene = wideScene(4)
    const tiled = exportPdf({ ...base, scene }, { appendix: false })
    expect(tiled.plan.pages[0].kind).toBe('overview')
    const tiles = tiled.plan.rows * tiled.plan.columns
    expect(tiles).toBeGreaterThan(1)
    expect(pdfInfo(tiled.bytes).pages).toBe(1 + tiles)
    const text = pdfText(tiled.bytes)
    expect(text).toMatch(/Overview: 1 × \d tiles follow/)
    expect(text).toContain(`Tile row 1 of 1, column ${tiles} of ${tiles}`)
    for (let i = 0; i < 4; i++) expect(text).toContain(`prod #${i}`)
    const fitted = exportPdf({ ...base, scene }, { appendix: false, fitToPage: true })
    expect(pdfInfo(fitted.bytes).pages).toBe(1)
  })

  it('exports a selection only', () => {
    const text = pdfText(exportPdf(base, { only: ['vpc-shared'], appendix: false }).bytes)
    expect(text).toContain('shared-a')
    expect(text).not.toContain('public-a')
  })

  it('is byte-for-byte reproducible for the same input and date', () => {
    const a = exportPdf({ ...base, diagnostics: [diagnostic] }).bytes
    const b = exportPdf({ ...base, diagnostics: [diagnostic] }).bytes
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('uses Helvetica by default and embeds given fonts, text still searchable', () => {
    const standard = pdfFonts(exportPdf(base).bytes)
    expect(standard.map((f) => f.name).sort()).toEqual(['Helvetica', 'Helvetica-Bold'])
    expect(standard.every((f) => !f.embedded)).toBe(true)
    const font = (style: string) => readFileSync(path.resolve(__dirname, `../../../main/export/fonts/NetdraftSans-${style}.ttf`))
    const scene = { ...sampleScene, edges: [{ ...sampleScene.edges[0], label: 'prod → shared' }] }
    const embedded = exportPdf({ ...base, scene }, { fonts: { regular: font('Regular'), bold: font('Bold') } }).bytes
    const fonts = pdfFonts(embedded)
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) expect(f).toEqual({ name: expect.stringContaining('NetdraftSans'), embedded: true })
    const text = pdfText(embedded)
    expect(text).toContain('prod → shared')
    for (const e of sampleScene.elements) for (const line of e.label) expect(text, line).toContain(line)
  })
})

describe('exportPdf of examples/peering', () => {
  it('prints the three-VPC design on one A4 page, box labels at 5 pt or more', async () => {
    const loaded = loadProject(readFileSync(path.resolve(__dirname, '../../../examples/peering.netdraft.json'), 'utf8'))
    if (!loaded.ok) throw new Error('examples/peering does not load')
    const diagram = await designDiagram(loaded.project)
    const result = exportPdf({ ...diagram, date })
    expect(result.plan.pages.map((p) => p.kind)).toEqual(['single'])
    expect(result.pageCount).toBe(2)
    const scale = result.plan.pages[0]!.scale
    expect(scale).toBeGreaterThanOrEqual(MIN_SINGLE_PAGE_SCALE)
    const labelSizes = diagram.scene.elements.map((e) => boxStyle(e.styleKey).fontSize)
    expect(Math.min(...labelSizes) * scale).toBeGreaterThanOrEqual(5)
    expect(edgeStyle('peering').fontSize * scale).toBeGreaterThanOrEqual(4.5)
  })
})
