import { describe, expect, it } from 'vitest'
import { type Channel, invokeChannels } from '../../shared/ipc/channels'
import { contract } from '../../shared/ipc/contract'
import { sampleProject, withTempDir } from '../project/test-support'
import { harness } from './test-harness'

/** For each channel, requests the contract must refuse before any handler runs. */
const malformed: Record<Channel, unknown[]> = {
  'netdraft:project.new': ['x', { path: '/etc/passwd' }],
  'netdraft:project.open': [42, { path: '/tmp/a.netdraft.json' }],
  'netdraft:project.openRecent': [{}, { path: '' }, { path: 7 }, { path: 'a'.repeat(5000) }],
  'netdraft:project.current': [[], { windowId: 3 }],
  'netdraft:project.save': [{}, { project: [] }, { project: 'text' }, { project: {}, overwrite: 'yes' }, { project: {}, path: '/tmp/x.json' }],
  'netdraft:project.saveAs': [{}, { project: null }, { project: {}, path: '/tmp/x.json' }],
  'netdraft:project.close': [{ force: true }],
  'netdraft:project.markDirty': [{}, { dirty: 'true' }, { dirty: 1 }],
  'netdraft:recent.list': [{ limit: 3 }],
  'netdraft:recovery.list': ['all'],
  'netdraft:recovery.restore': [{}, { key: '../../etc/passwd' }, { key: 'file-XYZ' }],
  'netdraft:recovery.discard': [{ key: 'untitled-../x' }, { key: 12 }],
  'netdraft:export.png': [{}, { bytes: [1, 2, 3] }, { bytes: new Uint8Array(0) }, { bytes: new Uint8Array(3), suggestedName: '../../evil.png' }],
  'netdraft:export.pdf': [{ bytes: 'JVBERi0=' }, { bytes: new Uint8Array(3), path: '/tmp/x.pdf' }],
  'netdraft:export.terraform': [
    {},
    { project: [] },
    { project: {}, allowErrors: 'yes' },
    { project: {}, folder: '/tmp' },
    { files: {} },
    { files: { '../main.tf': 'x' } },
    { files: { 'main.sh': 'x' } },
    { files: { 'main.tf': 5 } },
    { files: { 'main.tf': 'x' }, folder: '/tmp' },
  ],
  'netdraft:app.openRulesDoc': [{ ruleId: '../../secrets' }, { ruleId: 'Subnet CIDR' }, {}],
  'netdraft:app.openExternal': [{ url: 5 }, {}],
  'netdraft:app.setMenuState': [{ canUndo: true }, { canUndo: true, canRedo: false, hasSelection: false, validationVisible: true, inspectorVisible: true, theme: 'blue' }],
  'netdraft:snapshot.reply': [{ requestId: -1, project: null }, { requestId: 1 }, { requestId: 1, project: 'x' }],
}

describe('the IPC contract', () => {
  it('names every channel netdraft:<area>.<verb> and gives each a handler and malformed cases', () =>
    withTempDir(async (dir) => {
      const { ipc } = harness(dir)
      const channels = Object.values(invokeChannels).sort()
      expect(Object.keys(contract).sort()).toEqual(channels)
      expect([...ipc.handlers.keys()].sort()).toEqual(channels)
      expect(Object.keys(malformed).sort()).toEqual(channels)
      for (const c of channels) expect(c).toMatch(/^netdraft:[a-z]+\.[a-z][A-Za-z]*$/)
    }))

  it.each(Object.entries(malformed))('%s refuses malformed requests as bad-request data', (channel, requests) =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const windowId = h.workspace.newDocument()
      for (const request of [...requests, 'not an object', null]) {
        const result = await h.call(channel, windowId, request)
        expect(result, JSON.stringify(request)).toMatchObject({ ok: false, code: 'bad-request', message: expect.stringContaining(channel) })
      }
      // Nothing ran: no dialog was shown, no file opened, no window closed.
      expect(h.desktop.asked).toEqual([])
      expect(h.desktop.closed).toEqual([])
      expect(h.shell.opened).toEqual([])
    }))
})

describe('channels with well-formed requests', () => {
  it('answers current, markDirty, setMenuState and the recent list for the calling window', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      expect(await h.call('netdraft:project.current', w)).toMatchObject({ ok: true, document: { fileName: null, dirty: false, recovered: false } })
      expect(await h.call('netdraft:project.markDirty', w, { dirty: true })).toEqual({ ok: true })
      expect(h.workspace.get(w)?.dirty).toBe(true)
      const menu = { canUndo: true, canRedo: false, hasSelection: true, validationVisible: false, inspectorVisible: true, theme: 'dark' }
      expect(await h.call('netdraft:app.setMenuState', w, menu)).toEqual({ ok: true })
      expect(h.workspace.get(w)?.menu).toEqual(menu)
      expect(await h.call('netdraft:recent.list', w)).toEqual({ ok: true, files: [] })
      expect(await h.call('netdraft:project.current', 99)).toMatchObject({ ok: false, code: 'not-found' })
    }))

  it('opens only https and mailto links, and rules docs that exist', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      expect(await h.call('netdraft:app.openExternal', w, { url: 'https://docs.aws.amazon.com/vpc/' })).toEqual({ ok: true })
      for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com', 'https://user:pw@example.com/', 'smb://host/share']) {
        expect(await h.call('netdraft:app.openExternal', w, { url })).toMatchObject({ ok: false, code: 'forbidden' })
      }
      expect(h.shell.opened).toEqual(['https://docs.aws.amazon.com/vpc/'])
      expect(await h.call('netdraft:app.openRulesDoc', w, { ruleId: 'subnet-cidr-within-vpc' })).toEqual({ ok: true })
      expect(await h.call('netdraft:app.openRulesDoc', w, { ruleId: 'no-such-rule' })).toMatchObject({ ok: false, code: 'not-found' })
    }))

  it('pairs a snapshot reply with the request sent to that window only', () =>
    withTempDir(async (dir) => {
      const h = harness(dir)
      const w = h.workspace.newDocument()
      const other = h.workspace.newDocument()
      let sent = -1
      const pending = h.snapshots.request(w, (id) => (sent = id))
      expect(await h.call('netdraft:snapshot.reply', other, { requestId: sent, project: sampleProject('forged') })).toMatchObject({ ok: false, code: 'not-found' })
      expect(await h.call('netdraft:snapshot.reply', w, { requestId: sent, project: sampleProject('real') })).toEqual({ ok: true })
      expect(await pending).toMatchObject({ name: 'real' })
      expect(await h.snapshots.request(w, () => undefined)).toBeNull()
    }))
})
