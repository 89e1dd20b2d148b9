import { describe, expect, expectTypeOf, it } from 'vitest'
import { emptyProject } from '../model'
import type { NetdraftApi } from './api'
import { eventChannels, invokeChannels, menuCommands } from './channels'
import { contract, failureSchema } from './contract'

/** One well-formed request per channel: the contract must accept each. */
const valid: Record<string, unknown> = {
  [invokeChannels.newProject]: {},
  [invokeChannels.openProject]: {},
  [invokeChannels.openRecentProject]: { path: '/home/ana/a.netdraft.json' },
  [invokeChannels.currentProject]: {},
  [invokeChannels.saveProject]: { project: emptyProject() },
  [invokeChannels.saveProjectAs]: { project: emptyProject() },
  [invokeChannels.closeProject]: {},
  [invokeChannels.markDirty]: { dirty: true },
  [invokeChannels.listRecentFiles]: {},
  [invokeChannels.listRecovery]: {},
  [invokeChannels.restoreRecovery]: { key: 'untitled-0123456789abcdef' },
  [invokeChannels.discardRecovery]: { key: 'file-0123456789abcdef0123456789abcdef' },
  [invokeChannels.exportPng]: { bytes: new Uint8Array([137, 80, 78, 71]), suggestedName: 'net.png' },
  [invokeChannels.exportPdf]: { bytes: new Uint8Array([37, 80, 68, 70]) },
  [invokeChannels.exportTerraform]: { files: { 'main.tf': 'terraform {}\n', 'README.md': '# x\n' } },
  [invokeChannels.openRulesDoc]: { ruleId: 'subnet-cidr-within-vpc' },
  [invokeChannels.openExternal]: { url: 'https://docs.aws.amazon.com/' },
  [invokeChannels.setMenuState]: { canUndo: true, canRedo: false, hasSelection: false, validationVisible: true, inspectorVisible: true, theme: 'light' },
  [invokeChannels.replySnapshot]: { requestId: 3, project: null },
}

describe('the IPC contract', () => {
  it('accepts a well-formed request on every channel', () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(contract).sort())
    for (const [channel, request] of Object.entries(valid)) {
      const parsed = contract[channel as keyof typeof contract].request.safeParse(request)
      expect(parsed.success, channel).toBe(true)
    }
  })

  it('fills defaults, e.g. save without overwrite', () => {
    expect(contract[invokeChannels.saveProject].request.parse({ project: emptyProject() })).toMatchObject({ overwrite: false })
    expect(contract[invokeChannels.exportTerraform].request.parse({ project: emptyProject() })).toMatchObject({ allowErrors: false, singleFile: false })
  })

  it('describes failures as data with a known code', () => {
    expect(failureSchema.safeParse({ ok: false, code: 'conflict', message: 'changed on disk' }).success).toBe(true)
    expect(failureSchema.safeParse({ ok: false, code: 'stack', message: 'Error: at x.ts:1' }).success).toBe(false)
  })

  it('keeps event channels and menu commands in the netdraft namespace', () => {
    for (const c of Object.values(eventChannels)) expect(c).toMatch(/^netdraft:[a-z]+\.[a-zA-Z]+$/)
    expect(new Set(menuCommands).size).toBe(menuCommands.length)
  })

  it('derives the window.netdraft types from the contract', () => {
    expectTypeOf<Parameters<NetdraftApi['markDirty']>>().toEqualTypeOf<[request: { dirty: boolean }]>()
    expectTypeOf<NetdraftApi['currentProject']>().toBeCallableWith()
    expectTypeOf<NetdraftApi['saveProject']>().toBeCallableWith({ project: emptyProject() })
    expectTypeOf<NetdraftApi['exportTerraform']>().toBeCallableWith({ files: { 'main.tf': '' } })
    expectTypeOf<NetdraftApi>().not.toHaveProperty('replySnapshot')
    expectTypeOf<Window['netdraft']>().toEqualTypeOf<NetdraftApi>()
  })
})
