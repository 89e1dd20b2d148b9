import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { designDiagram } from '../shared/exporters/diagram/design-diagram'
import type { BenchHarness } from './harness'

/**
 * Issue 10 targets: PNG and PDF export of the 500-VPC design each under 5 s and 1 GB, and the PDF's
 * size. Layout and validation are not part of the export (they have their own benches) and their
 * peak memory would hide the exporters', so the design is laid out here and each format is exported
 * in its own child process (exports-child.ts), whose peak RSS is that exporter's alone.
 */
export default async function bench(h: BenchHarness) {
  const vpcs = 500
  const diagram = await designDiagram(h.design(vpcs))
  const { scene } = diagram
  h.print(`${vpcs} VPCs: scene`, `${scene.elements.length} boxes, ${scene.edges.length} edges, ${Math.round(scene.width)}×${Math.round(scene.height)} units, ${diagram.diagnostics.length} diagnostics`)
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-bench-exports-'))
  try {
    const input = path.join(dir, 'diagram.json')
    writeFileSync(input, JSON.stringify({ vpcs, scene, designName: diagram.designName, formatVersion: diagram.formatVersion, diagnostics: diagram.diagnostics }))
    const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'exports-child.ts')
    for (const format of ['png', 'pdf']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', child, input, format], { stdio: 'inherit' })
      if (r.status !== 0) throw new Error(`exports-child.ts ${format} failed with exit ${r.status}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
