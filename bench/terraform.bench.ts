import { emitTerraform, exportTerraform } from '../shared/exporters/terraform'
import type { BenchHarness } from './harness'

/** CPU milliseconds of one call (median of `runs`): steadier than wall time on a shared machine. */
function cpuMedian(fn: () => unknown, runs: number): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage()
    fn()
    const used = process.cpuUsage(start)
    samples.push((used.user + used.system) / 1000)
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

/** Issue 9 target: Terraform export of the 500-VPC design in under a second; prints the output size. */
export default async function bench(h: BenchHarness) {
  for (const vpcs of [50, 500]) {
    const design = h.design(vpcs)
    await h.time(`${vpcs} VPCs: Terraform export (emit + format)`, () => emitTerraform(design), 5)
    h.print(`${vpcs} VPCs: Terraform export, CPU time`, `median ${cpuMedian(() => emitTerraform(design), 5).toFixed(0)} ms (all threads, incl. GC)`)
    const files = emitTerraform(design)
    const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    const lines = Object.values(files).reduce((sum, text) => sum + text.split('\n').length - 1, 0)
    h.print(`${vpcs} VPCs: Terraform output`, `${Object.keys(files).length} files, ${lines} lines, ${(bytes / 1048576).toFixed(2)} MB`)
  }
  await h.time('500 VPCs: Terraform export with the validation gate', () => exportTerraform(h.design(500), { allowErrors: true }), 3)
}
