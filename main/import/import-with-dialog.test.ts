import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { awsDataDir } from '../../test/helpers/aws-data'
import { harness } from '../ipc/test-harness'
import { withTempDir } from '../project/test-support'
import { importAwsWithDialog } from './import-with-dialog'

const peeringSnapshot = path.join(awsDataDir, 'test-vpc-peering')

describe('File ▸ Import ▸ AWS describe output…', () => {
  it('opens the imported design as unsaved work in the pristine window, then saves it where the user says', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      h.desktop.folderAnswers.push(peeringSnapshot)
      h.desktop.importSummaryAnswers.push('ok')
      const outcome = await importAwsWithDialog(h.workspace, h.desktop, w)
      expect(outcome).toEqual({ ok: true, windowId: w })
      const doc = h.workspace.get(w)!
      expect(doc).toMatchObject({ path: null, dirty: true })
      expect(doc.project.name).toBe('test-vpc-peering')
      expect(doc.project.resources.filter((r) => r.kind === 'vpc').length).toBeGreaterThan(1)
      expect(h.desktop.reloaded).toEqual([w])
      expect(h.desktop.asked).toEqual([expect.stringMatching(/^import summary Imported \d+ resources from \d+ files: .* The design is not saved yet\.$/)])
      expect(await readdir(dir)).not.toContain('test-vpc-peering.netdraft.json')

      const target = path.join(dir, 'imported.netdraft.json')
      h.desktop.saveAnswers.push(target)
      expect(await h.call('netdraft:project.save', w, { project: doc.project })).toMatchObject({ ok: true, fileName: 'imported.netdraft.json' })
      expect(h.desktop.asked.at(-1)).toBe('save design test-vpc-peering.netdraft.json')
    }))

  it('gives a window with work in it a new window, and writes the full report when asked', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      h.workspace.markDirty(w, true)
      const reportFile = path.join(dir, 'report.txt')
      h.desktop.folderAnswers.push(peeringSnapshot)
      h.desktop.importSummaryAnswers.push('save')
      h.desktop.saveAnswers.push(reportFile)
      const outcome = await importAwsWithDialog(h.workspace, h.desktop, w)
      expect(outcome.ok && outcome.windowId).not.toBe(w)
      expect(h.desktop.windows.size).toBe(2)
      expect(h.desktop.asked.at(-1)).toBe('save report test-vpc-peering-import-report.txt')
      const report = await readFile(reportFile, 'utf8')
      expect(report).toMatch(/^Read \d+ files\.\nImported:\n/)
      expect(report).toContain('vpc ')
    }))

  it('imports nothing from malformed input and names the file, line and column', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      const input = path.join(dir, 'export', '111111111111', 'eu-west-1')
      await mkdir(input, { recursive: true })
      await writeFile(path.join(input, 'Vpcs.json'), '{ "Vpcs": [ { "VpcId": "vpc-1", ')
      h.desktop.folderAnswers.push(path.join(dir, 'export'))
      const outcome = await importAwsWithDialog(h.workspace, h.desktop, w)
      expect(outcome).toMatchObject({ ok: false, code: 'invalid' })
      expect(!outcome.ok && outcome.message).toMatch(/111111111111\/eu-west-1\/Vpcs\.json:1:\d+: /)
      expect(h.workspace.get(w)).toMatchObject({ dirty: false, path: null })
      expect(h.workspace.get(w)!.project.resources).toEqual([])
      expect(h.desktop.windows.size).toBe(1)
    }))

  it('does nothing when the folder dialog is cancelled', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      h.desktop.folderAnswers.push(null)
      expect(await importAwsWithDialog(h.workspace, h.desktop, null)).toMatchObject({ ok: false, code: 'cancelled' })
      expect(h.desktop.windows.size).toBe(0)
    }))
})
