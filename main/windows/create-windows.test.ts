import { describe, expect, it, vi } from 'vitest'

// The Electron binary is not available in tests: BrowserWindow is a recorder.
const created = vi.hoisted(() => [] as Record<string, unknown>[])
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options)
    }
  },
}))

const { createDocsWindow, createDocumentWindow, preloadFile } = await import('./create-windows')

const isolation = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  disableBlinkFeatures: 'Auxclick',
  navigateOnDragDrop: false,
}

describe('window creation', () => {
  it('creates document windows sandboxed and isolated, with the preload and the placed bounds', () => {
    createDocumentWindow(preloadFile('/app/out/main'), { x: 10, y: 20, width: 900, height: 700 })
    const options = created.at(-1)!
    expect(options).toMatchObject({ x: 10, y: 20, width: 900, height: 700, show: false })
    expect(options.webPreferences).toEqual(expect.objectContaining({ ...isolation, preload: '/app/out/preload/index.cjs' }))
  })

  it('gives docs windows no preload at all', () => {
    createDocsWindow()
    const prefs = created.at(-1)!.webPreferences as Record<string, unknown>
    expect(prefs).toEqual(expect.objectContaining(isolation))
    expect(prefs.preload).toBeUndefined()
  })
})
