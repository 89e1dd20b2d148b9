import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RecentFiles } from './recent-files'
import { withTempDir } from './test-support'

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, capped, across instances', () =>
    withTempDir(async (dir) => {
      const recent = new RecentFiles(dir, 3)
      await recent.add('/d/a.json')
      await recent.add('/d/b.json')
      await recent.add('/d/a.json')
      expect(await recent.list()).toEqual(['/d/a.json', '/d/b.json'])
      await recent.add('/d/c.json')
      await recent.add('/d/e.json')
      expect(await recent.list()).toEqual(['/d/e.json', '/d/c.json', '/d/a.json'])
      expect(await new RecentFiles(dir, 3).list()).toEqual(['/d/e.json', '/d/c.json', '/d/a.json'])
      expect(await recent.remove('/d/c.json')).toEqual(['/d/e.json', '/d/a.json'])
      expect(await recent.clear()).toEqual([])
      expect(JSON.parse(await readFile(path.join(dir, 'recent-files.json'), 'utf8'))).toEqual({ version: 1, files: [] })
    }))

  it('reads a missing or damaged list as empty and repairs it on the next change', () =>
    withTempDir(async (dir) => {
      const user = path.join(dir, 'user')
      expect(await new RecentFiles(user).list()).toEqual([])
      await mkdir(user)
      await writeFile(path.join(user, 'recent-files.json'), '{"files": [42, "relative.json", "/ok.json"')
      expect(await new RecentFiles(user).list()).toEqual([])
      await writeFile(path.join(user, 'recent-files.json'), '{"files": [42, "relative.json", "/ok.json"]}')
      expect(await new RecentFiles(user).list()).toEqual(['/ok.json'])
      expect(await new RecentFiles(user).add('/new.json')).toEqual(['/new.json', '/ok.json'])
    }))

  it('keeps every concurrent addition', () =>
    withTempDir(async (dir) => {
      const recent = new RecentFiles(dir, 20)
      await Promise.all(Array.from({ length: 10 }, (_, i) => recent.add(`/d/${i}.json`)))
      expect((await recent.list()).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `/d/${i}.json`).sort())
    }))
})
