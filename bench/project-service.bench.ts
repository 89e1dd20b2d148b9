import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ProjectService } from '../main/project/project-service'
import { recoveryKeyForPath } from '../main/project/recovery-store'
import type { BenchHarness } from './harness'

/**
 * The desktop's disk path on generated designs: open (read + hash + load), save (re-validate,
 * conflict check against the disk, temp file + fsync + rename + .bak) and one autosave to the
 * recovery folder. Save is what Ctrl+S waits for; it should stay well under a second at 500 VPCs.
 */
export default async function bench(h: BenchHarness) {
  const dir = await mkdtemp(path.join(tmpdir(), 'netdraft-bench-'))
  try {
    const service = new ProjectService({ recoveryDir: path.join(dir, 'recovery'), userDataDir: path.join(dir, 'user') })
    for (const vpcs of [50, 500, 2000]) {
      const project = h.design(vpcs)
      const file = path.join(dir, `design-${vpcs}.netdraft.json`)
      const first = await service.save(file, project, { expected: null })
      if (!first.ok) throw new Error(first.message)
      let stamp = first.stamp
      await h.time(`${vpcs} VPCs: open (read, hash, parse, schema, references)`, async () => {
        const r = await service.open(file)
        if (!r.ok) throw new Error(r.message)
      }, 5)
      await h.time(`${vpcs} VPCs: save (validate, conflict check, atomic write, .bak)`, async () => {
        const r = await service.save(file, project, { expected: stamp })
        if (!r.ok) throw new Error(r.message)
        stamp = r.stamp
      }, 5)
      await h.time(`${vpcs} VPCs: autosave to the recovery folder`, () => service.recovery.save(recoveryKeyForPath(file), { path: file, project }), 5)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
