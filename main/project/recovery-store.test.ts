import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../shared/model'
import { ProjectService } from './project-service'
import { RECOVERY_KEY, RecoveryStore, recoveryKeyForPath } from './recovery-store'
import { sampleProject, withTempDir } from './test-support'

const clock = (...isoTimes: string[]) => {
  let i = 0
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)])
}

describe('RecoveryStore', () => {
  it('keys a file by its path and an untitled document by its id, both confined to the folder', () => {
    expect(recoveryKeyForPath('/a/b.json')).toMatch(RECOVERY_KEY)
    expect(recoveryKeyForPath('/a/b.json')).toBe(recoveryKeyForPath('/a/./b.json'))
    expect(recoveryKeyForPath('/a/b.json')).not.toBe(recoveryKeyForPath('/a/c.json'))
    expect(RECOVERY_KEY.test('untitled-0b0f7a46-8f0c-4d7e-9a51-3b8c2f1e0d11')).toBe(true)
    expect(RECOVERY_KEY.test('file-../../etc/passwd')).toBe(false)
  })

  it('lists autosaved documents newest first, restores and discards them', () =>
    withTempDir(async (dir) => {
      const store = new RecoveryStore(path.join(dir, 'recovery'), undefined, clock('2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z'))
      const older = await store.save(recoveryKeyForPath('/designs/a.netdraft.json'), { path: '/designs/a.netdraft.json', project: sampleProject('A') })
      const newer = await store.save('untitled-0123456789abcdef', { path: null, project: sampleProject('B') })
      expect(await store.list()).toEqual([newer, older])
      const restored = await store.restore(older.key)
      expect(restored).toMatchObject({ ok: true, entry: older })
      if (restored.ok) expect(restored.project).toEqual(sampleProject('A'))
      await store.discard(older.key)
      await store.discard(older.key)
      expect(await store.list()).toEqual([newer])
    }))

  it('skips damaged recovery files and refuses to restore an invalid copy', () =>
    withTempDir(async (dir) => {
      const folder = path.join(dir, 'recovery')
      await mkdir(folder)
      await writeFile(path.join(folder, 'untitled-00000000aa.json'), '{ not json')
      await writeFile(path.join(folder, 'notes.txt'), 'unrelated')
      const badKey = 'untitled-00000000bb'
      await writeFile(path.join(folder, `${badKey}.json`), JSON.stringify({ recoveryVersion: 1, key: badKey, path: null, name: 'Bad', savedAt: '2026-01-01T00:00:00Z', project: { formatVersion: 1, name: 'Bad', resources: [{ kind: 'subnet' }] } }))
      const store = new RecoveryStore(folder)
      expect((await store.list()).map((e) => e.key)).toEqual([badKey])
      expect(await store.restore(badKey)).toMatchObject({ ok: false, code: 'invalid', problems: expect.any(Array) })
      expect(await store.restore('untitled-00000000aa')).toMatchObject({ ok: false, code: 'not-found' })
      expect(await store.restore('../escape')).toMatchObject({ ok: false, code: 'not-found' })
      await expect(store.discard('../escape')).rejects.toThrow(/invalid recovery key/)
      expect(await new RecoveryStore(path.join(dir, 'never-created')).list()).toEqual([])
    }))
})

describe('crash recovery against the project service', () => {
  it('offers the autosaved copy on the next open after a crash, and drops it once saved', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'design.netdraft.json')
      await writeFile(file, serializeProject(sampleProject('On disk')))
      const options = { recoveryDir: path.join(dir, 'recovery'), userDataDir: path.join(dir, 'user') }

      // Session 1: open, edit, autosave, then crash (the process ends without saving or discarding).
      const first = new ProjectService(options)
      const opened = await first.open(file)
      if (!opened.ok) throw new Error(opened.message)
      const key = recoveryKeyForPath(file)
      await first.recovery.save(key, { path: file, project: sampleProject('Unsaved edit') })

      // Session 2: a fresh service over the same folders finds it.
      const second = new ProjectService(options)
      expect((await second.recovery.list()).map((e) => [e.key, e.path, e.name])).toEqual([[key, file, 'Unsaved edit']])
      const reopened = await second.open(file)
      if (!reopened.ok) throw new Error(reopened.message)
      expect(reopened.document.project.name).toBe('On disk')
      expect(reopened.document.recovery).toMatchObject({ key, name: 'Unsaved edit' })
      const restored = await second.recovery.restore(key)
      if (!restored.ok) throw new Error(restored.message)
      const saved = await second.save(file, restored.project, { expected: reopened.document.stamp })
      expect(saved.ok).toBe(true)
      expect(await second.recovery.list()).toEqual([])
      expect(await readdir(path.join(dir, 'recovery'))).toEqual([])
    }))

  it('drops an untitled document’s copy when it is first saved under a name', () =>
    withTempDir(async (dir) => {
      const service = new ProjectService({ recoveryDir: path.join(dir, 'recovery'), userDataDir: path.join(dir, 'user') })
      const key = 'untitled-0123456789abcdef'
      await service.recovery.save(key, { path: null, project: sampleProject('Draft') })
      const saved = await service.save(path.join(dir, 'draft.netdraft.json'), sampleProject('Draft'), { expected: null, recoveryKey: key })
      expect(saved.ok).toBe(true)
      expect(await service.recovery.list()).toEqual([])
    }))
})
