import { loadProject, serializeProject } from '../shared/model'
import type { BenchHarness } from './harness'

/** Issue 3 target: a generated 500-VPC design loads and validates (format, schema, references) in under a second. */
export default async function bench(h: BenchHarness) {
  for (const vpcs of [50, 500, 2000]) {
    const text = serializeProject(h.design(vpcs))
    h.print(`${vpcs} VPCs: file size`, `${(text.length / 1048576).toFixed(2)} MB`)
    await h.time(`${vpcs} VPCs: load (parse + schema + references)`, () => {
      const r = loadProject(text)
      if (!r.ok) throw new Error(r.problems[0].message)
    }, 5)
    await h.time(`${vpcs} VPCs: serialize`, () => serializeProject(h.design(vpcs)), 5)
  }
}
