import { readFileSync } from 'node:fs'
import { createCanvas, loadImage } from '@napi-rs/canvas'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { designDiagram } from '../../shared/exporters/diagram/design-diagram'
import { paintScene } from '../../shared/exporters/diagram/scene-paint'
import { exportPdf } from '../../shared/exporters/pdf/export-pdf'
import { pdfInfo, pdfText } from '../../shared/exporters/test-helpers/poppler'
import { exporters } from '../../shared/exporters'
import { styles } from '../../shared/layout/style'
import { loadProject, type Project } from '../../shared/model'
import { exportScenePng, nodePngRasterizer } from './png-export'

const examples = ['hub-and-spoke', 'peering', 'privatelink']

function example(name: string): Project {
  const loaded = loadProject(readFileSync(path.resolve(__dirname, `../../examples/${name}.netdraft.json`), 'utf8'))
  if (!loaded.ok) throw new Error(`example ${name} does not load: ${loaded.problems[0].message}`)
  return loaded.project
}

/** What a reviewer searches the PDF for: every VPC and subnet by name and CIDR. */
function searchable(project: Project): string[] {
  const terms: string[] = []
  for (const r of project.resources) {
    if (r.kind === 'vpc') terms.push(r.name ?? r.id, r.cidr)
    if (r.kind === 'subnet') terms.push(r.name ?? r.id, r.cidr)
  }
  return terms
}

describe.each(examples)('exports of examples/%s', (name) => {
  it('PDF: pdftotext finds every VPC and subnet name and CIDR; pages are A4', async () => {
    const project = example(name)
    const diagram = await designDiagram(project)
    const result = exportPdf({ ...diagram, date: new Date('2026-01-01T00:00:00Z') })
    const info = pdfInfo(result.bytes)
    expect(info.pages).toBe(result.pageCount)
    for (const [w, h] of info.sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842])
    const text = pdfText(result.bytes)
    const terms = searchable(project)
    expect(terms.length).toBeGreaterThan(4)
    for (const term of terms) expect(text, term).toContain(term)
    expect(text).toContain(project.name)
  })

  it('PNG: a subnet is painted with its style-table fill where the Scene puts it', async () => {
    const { scene } = await designDiagram(example(name))
    const subnet = scene.elements.find((e) => e.styleKey === 'subnetPublic' || e.styleKey === 'subnetPrivate')!
    const { bounds } = paintScene(scene)
    const scale = 2
    const [image] = (await exportScenePng(scene, { scale })).images
    const decoded = await loadImage(image.bytes)
    const canvas = createCanvas(decoded.width, decoded.height)
    canvas.getContext('2d').drawImage(decoded, 0, 0)
    // 4 units inside the bottom-right corner: past the border, clear of the children's padding.
    const x = Math.floor((subnet.x + subnet.width - 4 - bounds.x) * scale)
    const y = Math.floor((subnet.y + subnet.height - 4 - bounds.y) * scale)
    const pixel = [...canvas.getContext('2d').getImageData(x, y, 1, 1).data]
    const fill = styles.light.boxes[subnet.styleKey].fill
    expect(pixel).toEqual([1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16)).concat(255))
  })

  it('PNG: each scale multiplies the diagram size, and the image is not blank', async () => {
    const { scene } = await designDiagram(example(name))
    const { bounds } = paintScene(scene)
    for (const scale of [1, 2]) {
      const [image] = (await exportScenePng(scene, { scale })).images
      expect([image.width, image.height]).toEqual([Math.ceil(bounds.width * scale), Math.ceil(bounds.height * scale)])
      expect(image.bytes.length).toBeGreaterThan(10_000)
    }
  })
})

describe('registry entries', () => {
  it('exporters.pdf and exporters.png (with the Node rasterizer) export a design file', async () => {
    const project = example('privatelink')
    const pdf = await exporters.pdf.export(project, { date: new Date('2026-01-01T00:00:00Z'), page: 'A3' })
    if (pdf.kind !== 'file' || typeof pdf.data === 'string') throw new Error('expected PDF bytes')
    expect(Buffer.from(pdf.data.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(pdfText(pdf.data)).toContain('payments')
    const png = await exporters.png.export(project, { rasterize: nodePngRasterizer, scale: 2, badges: false })
    if (png.kind !== 'file' || typeof png.data === 'string') throw new Error('expected PNG bytes')
    expect(Buffer.from(png.data.subarray(1, 4)).toString('latin1')).toBe('PNG')
    expect(exporters.png.fileExtension).toBe('png')
    expect(exporters.pdf.fileExtension).toBe('pdf')
  })
})
