import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { invokeChannels } from '../shared/ipc/channels'
import { serializeProject } from '../shared/model'
import { sampleProject } from './project/test-support'

// The whole main process against a recording Electron: the binary is not available here.
const electron = vi.hoisted(() => {
  const state = {
    userData: '',
    sandboxEnabled: false,
    windows: [] as { options: Record<string, unknown>; url: string; webContents: { id: number }; title: string; focused: number }[],
    handlers: new Map<string, unknown>(),
    menus: 0,
    app: null as unknown as import('node:events').EventEmitter & Record<string, unknown>,
  }
  return state
})

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  let nextId = 1
  class BrowserWindow extends Emitter {
    static getFocusedWindow = () => null
    webContents: { id: number; send: () => void; reload: () => void }
    record: (typeof electron.windows)[number]
    constructor(options: Record<string, unknown>) {
      super()
      this.webContents = { id: nextId++, send: () => undefined, reload: () => undefined }
      this.record = { options, url: '', webContents: this.webContents, title: '', focused: 0 }
      electron.windows.push(this.record)
    }
    async loadURL(url: string) {
      this.record.url = url
    }
    setTitle(title: string) {
      this.record.title = title
    }
    isMinimized = () => false
    restore() {}
    focus() {
      this.record.focused++
    }
    setDocumentEdited() {}
    setRepresentedFilename() {}
    isDestroyed = () => false
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    enableSandbox: () => (electron.sandboxEnabled = true),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => electron.userData,
    getAppPath: () => electron.userData,
    quit: () => undefined,
    addRecentDocument: () => undefined,
    showAboutPanel: () => undefined,
  })
  electron.app = app as never
  return {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => void electron.menus++ },
    ipcMain: { handle: (channel: string, h: unknown) => electron.handlers.set(channel, h), removeHandler: () => undefined },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showMessageBox: async () => ({ response: 2 }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    shell: { openExternal: async () => undefined },
  }
})

afterAll(() => rm(electron.userData, { recursive: true, force: true }))

const settle = () => new Promise((r) => setTimeout(r, 150))

describe('main/index.ts lifecycle', () => {
  it('starts sandboxed, registers every IPC channel, opens one window from app:// and a second launch’s file in another', async () => {
    electron.userData = await mkdtemp(path.join(tmpdir(), 'netdraft-main-'))
    const file = path.join(electron.userData, 'second.netdraft.json')
    await writeFile(file, serializeProject(sampleProject('From second launch')))
    await import('./index')
    await settle()
    expect(electron.sandboxEnabled).toBe(true)
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort())
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0].url).toBe('app://netdraft/index.html')
    expect(electron.windows[0].title).toBe('Untitled — Netdraft')
    expect((electron.windows[0].options.webPreferences as Record<string, unknown>).preload).toMatch(/preload[\\/]index\.cjs$/)
    expect(electron.menus).toBeGreaterThan(0)

    electron.app.emit('second-instance', {}, ['/opt/Netdraft/netdraft', file], '/')
    await settle()
    expect(electron.windows).toHaveLength(2)
    expect(electron.windows[1].title).toBe('second.netdraft.json — Netdraft')
    // The same file again, then a bare launch: focus what is open, no new windows.
    electron.app.emit('second-instance', {}, ['/opt/Netdraft/netdraft', file], '/')
    electron.app.emit('second-instance', {}, ['/opt/Netdraft/netdraft'], '/')
    await settle()
    expect(electron.windows).toHaveLength(2)
    expect(electron.windows.map((w) => w.focused)).toEqual([1, 1])
  })
})
