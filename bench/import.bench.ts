import { importAwsDescribe } from '../shared/importers/aws'
import { projectToDescribe } from '../test/helpers/project-to-describe'
import type { BenchHarness } from './harness'

/** Issue 11 target: importing a 500-VPC describe-* folder (generated from the generator's design) takes under 3 s. */
export default async function bench(h: BenchHarness) {
  for (const vpcs of [50, 500, 2000]) {
    const files = projectToDescribe(h.design(vpcs))
    const bytes = files.reduce((n, f) => n + f.text.length, 0)
    h.print(`${vpcs} VPCs: describe-* folder`, `${files.length} files, ${(bytes / 1048576).toFixed(2)} MB`)
    await h.time(`${vpcs} VPCs: import (parse + map + load)`, () => {
      const r = importAwsDescribe(files)
      if (!r.ok) throw new Error(`${r.errors[0].file}: ${r.errors[0].message}`)
    }, vpcs >= 2000 ? 3 : 5)
  }
}
