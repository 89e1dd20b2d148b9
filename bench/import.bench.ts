import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { importAwsFolder } from '../main/import/import-aws-folder'
import { importAwsDescribe } from '../shared/importers/aws'
import { projectToDescribe } from '../test/helpers/project-to-describe'
import type { BenchHarness } from './harness'

/**
 * Issue 11 target: importing a 500-VPC describe-* folder (generated from the generator's design)
 * takes under 3 s. The folder is written to disk and imported as `netdraft import aws` does it
 * (read every file, parse, map, load); the in-memory figure shows what the importer itself costs.
 */
export default async function bench(h: BenchHarness) {
  const root = await mkdtemp(path.join(tmpdir(), 'netdraft-import-bench-'))
  try {
    for (const vpcs of [50, 500, 2000]) {
      const files = projectToDescribe(h.design(vpcs))
      const bytes = files.reduce((n, f) => n + f.text.length, 0)
      h.print(`${vpcs} VPCs: describe-* folder`, `${files.length} files, ${(bytes / 1048576).toFixed(2)} MB`)
      const dir = path.join(root, String(vpcs))
      for (const f of files) {
        const target = path.join(dir, ...f.path.split('/'))
        await mkdir(path.dirname(target), { recursive: true })
        await writeFile(target, f.text)
      }
      const runs = vpcs >= 2000 ? 3 : 5
      const ms = await h.time(`${vpcs} VPCs: import folder (read + parse + map + load)`, async () => {
        const r = await importAwsFolder(dir)
        if (!r.ok) throw new Error(`${r.errors[0].file}: ${r.errors[0].message}`)
        if (r.fileCount !== files.length) throw new Error(`read ${r.fileCount} of ${files.length} files`)
      }, runs)
      await h.time(`${vpcs} VPCs: import in memory (parse + map + load)`, () => {
        const r = importAwsDescribe(files)
        if (!r.ok) throw new Error(`${r.errors[0].file}: ${r.errors[0].message}`)
      }, runs)
      if (vpcs === 500) h.print('500 VPCs: target < 3 s (folder import, median)', ms < 3000 ? 'met' : 'MISSED')
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
