import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { eventChannels, invokeChannels } from '../shared/ipc/channels'

// The Electron binary is not available in tests: contextBridge and ipcRenderer are recorders.
const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>(), invoked: [] as [string, unknown][] }))
const renderer = vi.hoisted(() => ({ emitter: null as EventEmitter | null }))
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const emitter = new Emitter()
  renderer.emitter = emitter
  return {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        bridge.invoked.push([channel, request])
        return { ok: true }
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => emitter.removeListener(channel, listener),
    },
  }
})

await import('./index')
const api = bridge.exposed.get('netdraft') as Record<string, (...args: unknown[]) => unknown>
const emit = (channel: string, payload: unknown) => (renderer.emitter as EventEmitter).emit(channel, { sender: 'secret ipc handle' }, payload)

describe('preload', () => {
  it('exposes one object, window.netdraft, of named functions only', () => {
    expect([...bridge.exposed.keys()]).toEqual(['netdraft'])
    const methods = Object.keys(invokeChannels).filter((m) => m !== 'replySnapshot')
    expect(Object.keys(api).sort()).toEqual([...methods, 'onMenuCommand', 'provideSnapshot'].sort())
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function')
  })

  it('sends each call on its own channel, with the request and nothing else', async () => {
    bridge.invoked.length = 0
    for (const [method, channel] of Object.entries(invokeChannels)) {
      if (method === 'replySnapshot') continue
      await api[method]({ marker: method })
      expect(bridge.invoked.at(-1)).toEqual([channel, { marker: method }])
    }
    await api.currentProject()
    expect(bridge.invoked.at(-1)).toEqual([invokeChannels.currentProject, {}])
  })

  it('delivers known menu commands without the event object, and unsubscribes', () => {
    const seen: unknown[] = []
    const stop = api.onMenuCommand((...args: unknown[]) => seen.push(args)) as () => void
    emit(eventChannels.menuCommand, { command: 'edit.undo' })
    emit(eventChannels.menuCommand, { command: 'rm -rf' })
    emit(eventChannels.menuCommand, null)
    stop()
    emit(eventChannels.menuCommand, { command: 'edit.redo' })
    expect(seen).toEqual([['edit.undo']])
  })

  it('answers main’s snapshot requests from the registered provider', async () => {
    bridge.invoked.length = 0
    emit(eventChannels.snapshotRequest, { requestId: 1 })
    const stop = api.provideSnapshot(() => ({ formatVersion: 1, name: 'Mine' })) as () => void
    emit(eventChannels.snapshotRequest, { requestId: 2 })
    stop()
    emit(eventChannels.snapshotRequest, { requestId: 3 })
    api.provideSnapshot(() => {
      throw new Error('store not ready')
    })
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    emit(eventChannels.snapshotRequest, { requestId: 4 })
    errors.mockRestore()
    expect(bridge.invoked).toEqual([
      [invokeChannels.replySnapshot, { requestId: 1, project: null }],
      [invokeChannels.replySnapshot, { requestId: 2, project: { formatVersion: 1, name: 'Mine' } }],
      [invokeChannels.replySnapshot, { requestId: 3, project: null }],
      [invokeChannels.replySnapshot, { requestId: 4, project: null }],
    ])
  })
})
