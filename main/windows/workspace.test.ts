import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../shared/model'
import { harness } from '../ipc/test-harness'
import { sampleProject, withTempDir } from '../project/test-support'

async function design(dir: string, name: string, projectName = name): Promise<string> {
  const file = path.join(dir, `${name}.netdraft.json`)
  await writeFile(file, serializeProject(sampleProject(projectName)))
  return file
}

describe('opening', () => {
  it('fills a pristine window, focuses a file already open, and gives other files their own window', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const a = await design(dir, 'a')
      const b = await design(dir, 'b')
      const w = h.workspace.newDocument()
      h.desktop.openAnswers.push(a, a, b, null)
      expect(await h.call('netdraft:project.open', w)).toMatchObject({ ok: true, openedIn: 'this-window', document: { fileName: 'a.netdraft.json', dirty: false } })
      expect(await h.call('netdraft:project.open', w)).toEqual({ ok: true, openedIn: 'other-window', fileName: 'a.netdraft.json' })
      expect(await h.call('netdraft:project.open', w)).toEqual({ ok: true, openedIn: 'other-window', fileName: 'b.netdraft.json' })
      expect(h.desktop.windows.size).toBe(2)
      expect(await h.call('netdraft:project.open', w)).toMatchObject({ ok: false, code: 'cancelled' })
      expect((await h.call('netdraft:recent.list', w)).files).toEqual([
        { path: b, fileName: 'b.netdraft.json' },
        { path: a, fileName: 'a.netdraft.json' },
      ])
    }))

  it('reloads a pristine window’s page when the menu (not the page) opened a file into it', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const a = await design(dir, 'a')
      const w = h.workspace.newDocument()
      h.desktop.openAnswers.push(a)
      expect(await h.workspace.openWithDialog(w, false)).toMatchObject({ ok: true, openedIn: 'this-window' })
      expect(h.desktop.reloaded).toEqual([w])
      expect(await h.call('netdraft:project.current', w)).toMatchObject({ ok: true, document: { fileName: 'a.netdraft.json' } })
      const b = await design(dir, 'b')
      await h.call('netdraft:project.openRecent', w, { path: b })
      expect(h.desktop.reloaded).toEqual([w])
    }))

  it('reports a broken file with located problems and opens no window', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const file = path.join(dir, 'broken.netdraft.json')
      await writeFile(file, '{"formatVersion": 1, "name": "x", "resources": [')
      const w = h.workspace.newDocument()
      h.desktop.openAnswers.push(file)
      const result = await h.call('netdraft:project.open', w)
      expect(result).toMatchObject({ ok: false, code: 'invalid', problems: [{ code: 'syntax', file, line: 1 }] })
      expect(h.desktop.windows.size).toBe(1)
    }))

  it('opens a recent file only when it is on the recent list', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const a = await design(dir, 'a')
      const w = h.workspace.newDocument()
      expect(await h.call('netdraft:project.openRecent', w, { path: a })).toMatchObject({ ok: false, code: 'not-found' })
      await h.service.recent.add(a)
      expect(await h.call('netdraft:project.openRecent', w, { path: a })).toMatchObject({ ok: true, openedIn: 'this-window' })
    }))
})

describe('saving', () => {
  it('asks where to save an untitled design, then saves in place', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      const target = path.join(dir, 'new.netdraft.json')
      h.desktop.saveAnswers.push(target)
      await h.call('netdraft:project.markDirty', w, { dirty: true })
      expect(await h.call('netdraft:project.save', w, { project: sampleProject('Fresh') })).toMatchObject({ ok: true, fileName: 'new.netdraft.json' })
      expect(h.desktop.asked).toEqual(['save design Fresh.netdraft.json'])
      expect(h.workspace.get(w)).toMatchObject({ path: target, dirty: false })
      expect(await h.call('netdraft:project.save', w, { project: sampleProject('Again') })).toMatchObject({ ok: true })
      expect(h.desktop.asked).toHaveLength(1)
      expect(JSON.parse(await readFile(target, 'utf8')).name).toBe('Again')
    }))

  it('refuses to overwrite a file changed by another program until told to (external modification)', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const file = await design(dir, 'shared')
      const w = h.workspace.newDocument()
      await h.workspace.openPath(file, w)
      await writeFile(file, serializeProject(sampleProject('Colleague edit')))
      const refused = await h.call('netdraft:project.save', w, { project: sampleProject('Mine') })
      expect(refused).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('changed by another program') })
      expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Colleague edit')
      expect(await h.call('netdraft:project.save', w, { project: sampleProject('Mine'), overwrite: true })).toMatchObject({ ok: true })
      expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Mine')
      expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).name).toBe('Colleague edit')
    }))

  it('refuses to export Terraform for an invalid design, naming the resource at fault', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      const project = sampleProject()
      const dangling = { ...project, resources: project.resources.map((r) => (r.id === 'igw-app' ? { ...r, vpc: 'vpc-gone' } : r)) }
      expect(await h.call('netdraft:export.terraform', w, { project: dangling })).toMatchObject({ ok: false, code: 'invalid', problems: [{ resourceId: 'igw-app', field: 'vpc' }] })
      expect(h.desktop.asked).toEqual([])
    }))

  it('re-validates what the page sends and reports the resource and field at fault', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      h.desktop.saveAnswers.push(path.join(dir, 'x.netdraft.json'))
      const project = sampleProject()
      const bad = { ...project, resources: project.resources.map((r) => (r.id === 'subnet-app-a' ? { ...r, cidr: '10.0.1.0/33' } : r)) }
      expect(await h.call('netdraft:project.save', w, { project: bad })).toMatchObject({
        ok: false,
        code: 'invalid',
        problems: [{ resourceId: 'subnet-app-a', field: 'cidr' }],
      })
      expect(await readdir(dir)).not.toContain('x.netdraft.json')
    }))

  it('writes exports where the user chose, never where the page says', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      const png = path.join(dir, 'diagram.png')
      h.desktop.saveAnswers.push(png)
      expect(await h.call('netdraft:export.png', w, { bytes: new Uint8Array([137, 80, 78, 71]) })).toMatchObject({ ok: true, fileName: 'diagram.png' })
      expect([...(await readFile(png))]).toEqual([137, 80, 78, 71])
      expect(h.desktop.asked).toEqual(['save png Untitled network.png'])
      await writeFile(path.join(dir, 'versions.tf'), 'old')
      h.desktop.folderAnswers.push(dir, dir)
      h.desktop.replaceAnswers.push(false, true)
      const project = sampleProject('Exported')
      expect(await h.call('netdraft:export.terraform', w, { project })).toMatchObject({ ok: false, code: 'cancelled' })
      expect(await readFile(path.join(dir, 'versions.tf'), 'utf8')).toBe('old')
      expect(await h.call('netdraft:export.terraform', w, { project })).toMatchObject({ ok: true })
      expect(await readFile(path.join(dir, 'vpc-app.tf'), 'utf8')).toMatch(/resource "aws_vpc"/)
      expect(await readFile(path.join(dir, 'versions.tf'), 'utf8')).not.toBe('old')
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['versions.tf', 'providers.tf', 'README.md']))
      expect(h.desktop.asked).toContain('replace versions.tf')
      // Files the page generated itself are written the same way.
      h.desktop.folderAnswers.push(path.join(dir, 'tf'))
      await mkdir(path.join(dir, 'tf'))
      expect(await h.call('netdraft:export.terraform', w, { files: { 'main.tf': 'terraform {}\n' } })).toMatchObject({ ok: true, fileName: 'tf' })
      expect(await readFile(path.join(dir, 'tf/main.tf'), 'utf8')).toBe('terraform {}\n')
    }))

  it('asks before removing .tf files an earlier Terraform export left, which Terraform would still plan', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      await writeFile(path.join(dir, 'vpc-deleted.tf'), 'resource "aws_vpc" "gone" {}\n')
      await writeFile(path.join(dir, 'notes.txt'), 'mine')
      const project = sampleProject('Exported')
      h.desktop.folderAnswers.push(dir, dir)
      h.desktop.replaceAnswers.push(false, true)
      expect(await h.call('netdraft:export.terraform', w, { project })).toMatchObject({ ok: false, code: 'cancelled' })
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['vpc-deleted.tf', 'notes.txt']))
      expect(await readdir(dir)).not.toContain('versions.tf')
      expect(await h.call('netdraft:export.terraform', w, { project })).toMatchObject({ ok: true })
      expect(h.desktop.asked.at(-1)).toBe('remove vpc-deleted.tf')
      const after = await readdir(dir)
      expect(after).not.toContain('vpc-deleted.tf')
      expect(after).toEqual(expect.arrayContaining(['versions.tf', 'vpc-app.tf', 'notes.txt']))
    }))
})

describe('closing with unsaved work', () => {
  it('closes a clean window without asking', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      expect(await h.call('netdraft:project.close', w)).toEqual({ ok: true })
      expect(h.desktop.closed).toEqual([w])
      expect(h.desktop.asked).toEqual([])
    }))

  it('Cancel keeps the window; Don’t Save closes it and drops the autosave', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      h.desktop.pages.set(w, sampleProject('Draft'))
      await h.call('netdraft:project.markDirty', w, { dirty: true })
      expect(await h.workspace.autosave(w)).toBe(true)
      expect(await h.service.recovery.list()).toHaveLength(1)
      h.desktop.unsavedAnswers.push('cancel', 'discard')
      expect(h.workspace.mustHoldClose(w)).toBe(true)
      expect(await h.call('netdraft:project.close', w)).toMatchObject({ ok: false, code: 'cancelled' })
      expect(h.desktop.windows.has(w)).toBe(true)
      expect(await h.workspace.requestClose(w)).toBe(true)
      expect(h.desktop.asked).toEqual(['unsaved Untitled', 'unsaved Untitled'])
      expect(h.desktop.closed).toEqual([w])
      expect(await h.service.recovery.list()).toEqual([])
    }))

  it('Save writes the page’s design to its file and closes; a failed save keeps the window open', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const file = await design(dir, 'a')
      const w = h.workspace.newDocument()
      await h.workspace.openPath(file, w)
      h.desktop.pages.set(w, sampleProject('Edited'))
      await h.call('netdraft:project.markDirty', w, { dirty: true })
      // Someone else changes the file: the save on close is refused and nothing is lost.
      await writeFile(file, serializeProject(sampleProject('Theirs')))
      h.desktop.unsavedAnswers.push('save', 'save')
      expect(await h.workspace.requestClose(w)).toBe(false)
      expect(h.desktop.errors).toEqual([expect.stringContaining('changed by another program')])
      expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Theirs')
      // The user reloads their colleague's version into view and saves over it deliberately.
      expect(await h.call('netdraft:project.save', w, { project: sampleProject('Edited'), overwrite: true })).toMatchObject({ ok: true })
      await h.call('netdraft:project.markDirty', w, { dirty: true })
      expect(await h.workspace.requestClose(w)).toBe(true)
      expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Edited')
    }))

  it('an untitled design whose save dialog is cancelled stays open', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      h.desktop.pages.set(w, sampleProject('Draft'))
      await h.call('netdraft:project.markDirty', w, { dirty: true })
      h.desktop.unsavedAnswers.push('save')
      h.desktop.saveAnswers.push(null)
      expect(await h.workspace.requestClose(w)).toBe(false)
      expect(h.desktop.windows.has(w)).toBe(true)
      expect(h.desktop.errors).toEqual([])
    }))

  it('quitting stops at the first window the user keeps', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const first = h.workspace.newDocument()
      const second = h.workspace.newDocument()
      const third = h.workspace.newDocument()
      for (const w of [first, second, third]) await h.call('netdraft:project.markDirty', w, { dirty: true })
      h.desktop.unsavedAnswers.push('discard', 'cancel')
      expect(await h.workspace.requestQuit()).toBe(false)
      expect(h.desktop.closed).toEqual([first])
      expect(h.desktop.windows.has(third)).toBe(true)
    }))
})

describe('crash recovery', () => {
  it('autosaves, survives a crash, offers the copy at the next start and saves it over the file', () =>
    withTempDir(async (dir) => {
      const file = await design(dir, 'a', 'On disk')
      const before = harness(dir)
      const w = before.workspace.newDocument()
      await before.workspace.openPath(file, w)
      before.desktop.pages.set(w, sampleProject('Unsaved work'))
      await before.call('netdraft:project.markDirty', w, { dirty: true })
      await before.workspace.autosave(w)
      // Crash: the process ends here. The next start runs over the same folders.
      const after = harness(dir)
      after.desktop.restoreAnswers.push('restore')
      await after.workspace.offerRecovery()
      expect(after.desktop.asked).toEqual(['restore Unsaved work'])
      const [restored] = after.workspace.all()
      expect(restored).toMatchObject({ path: file, dirty: true, recovered: true, project: { name: 'Unsaved work' } })
      expect(await after.call('netdraft:project.current', restored.windowId)).toMatchObject({ ok: true, document: { recovered: true, dirty: true, fileName: 'a.netdraft.json' } })
      expect(await after.call('netdraft:project.save', restored.windowId, { project: restored.project })).toMatchObject({ ok: true })
      expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Unsaved work')
      expect(await after.call('netdraft:recovery.list', restored.windowId)).toEqual({ ok: true, entries: [] })
    }))

  it('lists, restores into a pristine window and discards recovered copies over IPC', () =>
    withTempDir(async (dir) => {
      const before = harness(dir)
      const w = before.workspace.newDocument()
      before.desktop.pages.set(w, sampleProject('Draft one'))
      await before.call('netdraft:project.markDirty', w, { dirty: true })
      await before.workspace.autosave(w)
      const after = harness(dir)
      after.desktop.restoreAnswers.push('later')
      await after.workspace.offerRecovery()
      const fresh = after.workspace.newDocument()
      const listed = await after.call('netdraft:recovery.list', fresh)
      expect(listed).toMatchObject({ ok: true, entries: [{ name: 'Draft one', fileName: null }] })
      const key = (listed.entries as { key: string }[])[0].key
      expect(await after.call('netdraft:recovery.restore', fresh, { key })).toMatchObject({ ok: true, openedIn: 'this-window', document: { recovered: true, dirty: true } })
      expect(await after.call('netdraft:recovery.discard', fresh, { key })).toEqual({ ok: true })
      expect(await after.call('netdraft:recovery.list', fresh)).toEqual({ ok: true, entries: [] })
      expect(await after.call('netdraft:recovery.restore', fresh, { key })).toMatchObject({ ok: false, code: 'not-found' })
    }))
})
