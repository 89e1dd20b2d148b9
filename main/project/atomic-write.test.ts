import { lstat, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from './atomic-write'
import { PathLock } from './path-lock'
import { fullDiskFs, withTempDir } from './test-support'

describe('writeFileAtomic', () => {
  it('creates a new file and leaves no temp file behind', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json')
      const result = await writeFileAtomic(file, 'one\n', { backup: true })
      expect(await readFile(file, 'utf8')).toBe('one\n')
      expect(result.backupPath).toBeUndefined()
      expect(await readdir(dir)).toEqual(['a.json'])
    }))

  it('keeps the previous version as <file>.bak', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json')
      await writeFile(file, 'old\n')
      const result = await writeFileAtomic(file, 'new\n', { backup: true })
      expect(await readFile(file, 'utf8')).toBe('new\n')
      expect(result.backupPath).toBe(`${file}.bak`)
      expect(await readFile(`${file}.bak`, 'utf8')).toBe('old\n')
      expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak'])
    }))

  it('leaves the original intact and removes the temp file when the disk fills up midway', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json')
      await writeFile(file, 'precious original\n')
      const error = await writeFileAtomic(file, 'x'.repeat(10_000), { fs: fullDiskFs(100) }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'ENOSPC' })
      expect(await readFile(file, 'utf8')).toBe('precious original\n')
      expect(await readdir(dir)).toEqual(['a.json'])
    }))

  it('replaces the target of a symbolic link and keeps the link', () =>
    withTempDir(async (dir) => {
      const real = path.join(dir, 'real.json')
      const link = path.join(dir, 'link.json')
      await writeFile(real, 'old\n')
      await symlink(real, link)
      const result = await writeFileAtomic(link, 'new\n', { backup: true })
      expect(result.writtenPath).toBe(real)
      expect((await lstat(link)).isSymbolicLink()).toBe(true)
      expect(await readlink(link)).toBe(real)
      expect(await readFile(real, 'utf8')).toBe('new\n')
      expect(await readFile(`${real}.bak`, 'utf8')).toBe('old\n')
    }))

  it('refuses a dangling symbolic link rather than replacing the link with a file', () =>
    withTempDir(async (dir) => {
      const link = path.join(dir, 'link.json')
      await symlink(path.join(dir, 'missing.json'), link)
      await expect(writeFileAtomic(link, 'x')).rejects.toThrow(/symbolic link to a missing file/)
      expect((await lstat(link)).isSymbolicLink()).toBe(true)
    }))

  it('refuses to replace a folder', () =>
    withTempDir(async (dir) => {
      await expect(writeFileAtomic(dir, 'x')).rejects.toMatchObject({ code: 'EISDIR' })
      expect((await stat(dir)).isDirectory()).toBe(true)
    }))

  it('serializes concurrent writes to one path so the last write wins whole', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'a.json')
      const lock = new PathLock()
      const bodies = Array.from({ length: 20 }, (_, i) => `${String(i).repeat(5000)}\n`)
      await Promise.all(bodies.map((b) => lock.run(file, () => writeFileAtomic(file, b, { backup: true }))))
      expect(await readFile(file, 'utf8')).toBe(bodies[19])
      expect(await readFile(`${file}.bak`, 'utf8')).toBe(bodies[18])
      expect(lock.size).toBe(0)
    }))
})

describe('PathLock', () => {
  it('runs work for one key in order and keeps going after a failure', async () => {
    const lock = new PathLock()
    const order: string[] = []
    const slow = lock.run('k', async () => {
      await new Promise((r) => setTimeout(r, 20))
      order.push('first')
      throw new Error('boom')
    })
    const fast = lock.run('k', async () => {
      order.push('second')
      return 2
    })
    await expect(slow).rejects.toThrow('boom')
    await expect(fast).resolves.toBe(2)
    expect(order).toEqual(['first', 'second'])
  })
})
