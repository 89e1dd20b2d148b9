import { open as openFile, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../shared/model'
import { type FsPort, nodeFsPort } from './fs-port'
import { ProjectService } from './project-service'
import { fullDiskFs, sampleProject, withTempDir } from './test-support'

function serviceIn(dir: string, extra: { fs?: FsPort; maxBytes?: number } = {}) {
  return new ProjectService({ recoveryDir: path.join(dir, 'recovery'), userDataDir: path.join(dir, 'user'), ...extra })
}

async function designFile(dir: string, text = serializeProject(sampleProject())): Promise<string> {
  const file = path.join(dir, 'design.netdraft.json')
  await writeFile(file, text)
  return file
}

describe('ProjectService.open', () => {
  it('opens a valid design, stamps it and records it as recent', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const service = serviceIn(dir)
      const result = await service.open(file)
      expect(result.ok).toBe(true)
      if (!result.ok) return
      expect(result.document.project.name).toBe('Sample network')
      expect(result.document.stamp.size).toBe((await stat(file)).size)
      expect(result.document.recovery).toBeNull()
      expect(await service.recent.list()).toEqual([file])
    }))

  const broken: [string, string, RegExp, Record<string, unknown>][] = [
    ['malformed JSON', '{\n  "formatVersion": 1,\n  "name": "x",,\n}', /invalid JSON/, { code: 'syntax', line: 3, column: 15 }],
    ['a truncated file', serializeProject(sampleProject()).slice(0, 200), /truncated/, { code: 'syntax' }],
    ['wrong types', JSON.stringify({ formatVersion: 1, name: 'x', resources: [{ kind: 'vpc', id: 'v1', name: 'v', account: 'a', region: 'eu-west-1', cidr: 42 }] }), /expected string/, { code: 'schema', resourceId: 'v1', field: 'cidr', path: '$.resources[0].cidr' }],
    ['a future format version', JSON.stringify({ formatVersion: 99, name: 'x' }), /newer Netdraft/, { code: 'version', path: '$.formatVersion' }],
    ['an empty file', '', /invalid JSON/, { code: 'syntax', line: 1, column: 1 }],
    ['a JSON array', '[]', /JSON object/, { code: 'schema' }],
  ]
  it.each(broken)('reports %s as located problems', (_label, text, message, problem) =>
    withTempDir(async (dir) => {
      const file = await designFile(dir, text)
      const result = await serviceIn(dir).open(file)
      expect(result).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(message) })
      if (result.ok) return
      expect(result.problems?.[0]).toMatchObject({ ...problem, file })
    }))

  it('names the resource and field of a dangling reference', () =>
    withTempDir(async (dir) => {
      const project = sampleProject()
      const text = serializeProject(project).replace('"vpc": "vpc-app"', '"vpc": "vpc-gone"')
      const result = await serviceIn(dir).open(await designFile(dir, text))
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.problems).toContainEqual(expect.objectContaining({ code: 'reference', resourceId: 'subnet-app-a', field: 'vpc', line: expect.any(Number) }))
      expect(result.problems![0].message).toMatch(/vpc-gone.*does not exist/)
    }))

  it('refuses binary garbage as not text', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'garbage.netdraft.json')
      await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0xc3]))
      expect(await serviceIn(dir).open(file)).toMatchObject({ ok: false, code: 'not-text', message: expect.stringContaining('not UTF-8') })
    }))

  it('refuses a 100 MB file by its size without reading it', () =>
    withTempDir(async (dir) => {
      const file = path.join(dir, 'huge.netdraft.json')
      const handle = await openFile(file, 'w')
      await handle.truncate(100 * 1024 * 1024)
      await handle.close()
      let bytesRead = 0
      const counting: FsPort = {
        ...nodeFsPort,
        open: (async (...args: Parameters<FsPort['open']>) => {
          const h = await nodeFsPort.open(...args)
          const read = h.read.bind(h)
          return Object.assign(h, {
            read: async (...a: Parameters<typeof read>) => {
              const r = await read(...a)
              bytesRead += r.bytesRead
              return r
            },
          })
        }) as FsPort['open'],
      }
      const result = await serviceIn(dir, { fs: counting }).open(file)
      expect(result).toMatchObject({ ok: false, code: 'too-large', message: expect.stringMatching(/100\.0 MB; Netdraft opens design files up to 64\.0 MB/) })
      expect(bytesRead).toBe(0)
    }))

  it('reports a missing file, a folder and a permission failure without throwing', () =>
    withTempDir(async (dir) => {
      const service = serviceIn(dir)
      expect(await service.open(path.join(dir, 'nope.json'))).toMatchObject({ ok: false, code: 'not-found', message: expect.stringContaining('nope.json does not exist') })
      expect(await service.open(dir)).toMatchObject({ ok: false, code: 'not-text', message: expect.stringContaining('is a folder') })
      // Tests may run as root, where chmod 000 still reads, so the refusal is injected.
      const denied: FsPort = { ...nodeFsPort, open: (async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))) as FsPort['open'] }
      const file = await designFile(dir)
      expect(await serviceIn(dir, { fs: denied }).open(file)).toMatchObject({ ok: false, code: 'permission', message: expect.stringContaining('permission denied') })
    }))
})

describe('ProjectService.save', () => {
  it('writes the canonical form, keeps a backup and returns a fresh stamp', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const service = serviceIn(dir)
      const opened = await service.open(file)
      if (!opened.ok) throw new Error(opened.message)
      const edited = { ...opened.document.project, name: 'Renamed' }
      const saved = await service.save(file, edited, { expected: opened.document.stamp })
      expect(saved).toMatchObject({ ok: true, path: file, backupPath: `${file}.bak` })
      expect(await readFile(file, 'utf8')).toBe(serializeProject(edited))
      expect(await readFile(`${file}.bak`, 'utf8')).toBe(serializeProject(sampleProject()))
      if (!saved.ok) return
      const again = await service.save(file, { ...edited, name: 'Twice' }, { expected: saved.stamp })
      expect(again.ok).toBe(true)
    }))

  it('refuses to overwrite a file changed on disk since it was opened, unless told to', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const service = serviceIn(dir)
      const opened = await service.open(file)
      if (!opened.ok) throw new Error(opened.message)
      const theirs = serializeProject(sampleProject('Edited elsewhere'))
      await writeFile(file, theirs)
      const mine = sampleProject('Mine')
      const refused = await service.save(file, mine, { expected: opened.document.stamp })
      expect(refused).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('changed by another program') })
      expect(await readFile(file, 'utf8')).toBe(theirs)
      expect(await service.changedOnDisk(file, opened.document.stamp)).toBe(true)
      const forced = await service.save(file, mine, { expected: opened.document.stamp, overwrite: true })
      expect(forced.ok).toBe(true)
      expect(await readFile(file, 'utf8')).toBe(serializeProject(mine))
      expect(await readFile(`${file}.bak`, 'utf8')).toBe(theirs)
    }))

  it('does not call a touched but unchanged file a conflict', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const service = serviceIn(dir)
      const opened = await service.open(file)
      if (!opened.ok) throw new Error(opened.message)
      await utimes(file, new Date(), new Date(Date.now() + 60_000))
      expect(await service.changedOnDisk(file, opened.document.stamp)).toBe(false)
      expect((await service.save(file, sampleProject('Mine'), { expected: opened.document.stamp })).ok).toBe(true)
    }))

  it('refuses to replace an existing file it never read (Save As) unless told to', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const service = serviceIn(dir)
      expect(await service.save(file, sampleProject('New'), { expected: null })).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('already exists') })
      expect((await service.save(file, sampleProject('New'), { expected: null, overwrite: true })).ok).toBe(true)
      expect((await service.save(path.join(dir, 'fresh.netdraft.json'), sampleProject('New'), { expected: null })).ok).toBe(true)
    }))

  it('re-validates before saving and never writes an invalid design', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const before = await readFile(file, 'utf8')
      const service = serviceIn(dir)
      const dangling = sampleProject()
      dangling.resources.push({ ...dangling.resources[4], id: 'subnet-b', vpc: 'vpc-missing' } as (typeof dangling.resources)[number])
      const result = await service.save(file, dangling, { expected: null, overwrite: true })
      expect(result).toMatchObject({ ok: false, code: 'invalid' })
      if (result.ok) return
      expect(result.problems?.[0]).toMatchObject({ code: 'reference', resourceId: 'subnet-b', field: 'vpc', file })
      expect(await service.save(file, { formatVersion: 1, name: 7 }, { expected: null, overwrite: true })).toMatchObject({ ok: false, code: 'invalid' })
      expect(await service.save(file, 'not a project', { expected: null, overwrite: true })).toMatchObject({ ok: false, code: 'invalid' })
      expect(await readFile(file, 'utf8')).toBe(before)
    }))

  it('reports a full disk midway through the write and leaves the original intact', () =>
    withTempDir(async (dir) => {
      const file = await designFile(dir)
      const before = await readFile(file, 'utf8')
      const opened = await serviceIn(dir).open(file)
      if (!opened.ok) throw new Error(opened.message)
      const result = await serviceIn(dir, { fs: fullDiskFs(64) }).save(file, sampleProject('Bigger'), { expected: opened.document.stamp })
      expect(result).toMatchObject({ ok: false, code: 'disk-full', message: expect.stringContaining('the file on disk is unchanged') })
      expect(await readFile(file, 'utf8')).toBe(before)
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([])
    }))

  it('reports an unwritable folder as read-only', () =>
    withTempDir(async (dir) => {
      const denied: FsPort = {
        ...nodeFsPort,
        open: (async (file: string, flags: string) =>
          flags === 'wx' ? Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })) : nodeFsPort.open(file, flags)) as FsPort['open'],
      }
      const result = await serviceIn(dir, { fs: denied }).save(path.join(dir, 'x.netdraft.json'), sampleProject(), { expected: null })
      expect(result).toMatchObject({ ok: false, code: 'read-only' })
    }))
})
