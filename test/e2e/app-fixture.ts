import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Page, test as base } from '@playwright/test'
import { type Harness, harness } from '../../main/ipc/test-harness'
import { eventChannels, invokeChannels } from '../../shared/ipc/channels'
import { serveFolder } from './server'

/**
 * The built renderer in Chromium, with `window.netdraft` bound to the real main-side handlers and
 * project service (main/ipc/test-harness: real Workspace, ProjectService and handlers; scripted
 * dialogs). Only the Electron transport is replaced: each API call crosses with page.exposeFunction
 * and goes through the same `handle()` checks as in the app.
 */
export interface AppFixture {
  readonly dir: string
  readonly main: Harness
  readonly windowId: number
  /** Opens a design file in the window (as File ▸ Open would) and loads the editor. */
  open(file: string): Promise<void>
  /** Sends a menu command to the page, as a native menu click does. */
  menu(command: string): Promise<void>
}

const root = path.resolve(import.meta.dirname, '../..')

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const server = await serveFolder(path.join(root, 'out/renderer'))
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-e2e-'))
    const main = harness(dir)
    const windowId = main.workspace.newDocument()
    main.desktop.requestSnapshot = async () => page.evaluate(() => (window as unknown as { __ndSnapshot(): unknown }).__ndSnapshot())
    await page.exposeFunction('__ndInvoke', async (channel: string, request: unknown) => main.call(channel, windowId, revive(request)))
    await page.addInitScript(installApi, { invoke: invokeChannels, events: eventChannels })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const fixture: AppFixture = {
      dir,
      main,
      windowId,
      async open(file) {
        main.desktop.openAnswers.push(file)
        await main.workspace.openWithDialog(windowId)
        await page.goto(server.url)
        await page.getByRole('toolbar', { name: 'Document' }).waitFor()
      },
      async menu(command) {
        await page.evaluate((c) => (window as unknown as { __ndMenu(c: string): void }).__ndMenu(c), command)
      },
    }
    await use(fixture)
    await server.close()
    if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`)
  },
})

export { expect } from '@playwright/test'

/** Byte arrays cross exposeFunction as JSON; the page wraps them, this unwraps them. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive)
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    if (typeof v.__bytes === 'string') return new Uint8Array(Buffer.from(v.__bytes, 'base64'))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]))
  }
  return value
}

/** Runs in the page before its scripts: the preload API, made of calls to the exposed function. */
function installApi({ invoke }: { invoke: Record<string, string>; events: Record<string, string> }) {
  const w = window as unknown as Record<string, unknown> & { __ndInvoke(channel: string, request: unknown): Promise<unknown> }
  const wrap = (value: unknown): unknown => {
    if (value instanceof Uint8Array) {
      let s = ''
      for (let i = 0; i < value.length; i += 0x8000) s += String.fromCharCode(...value.subarray(i, i + 0x8000))
      return { __bytes: btoa(s) }
    }
    if (Array.isArray(value)) return value.map(wrap)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, wrap(x)]))
    return value
  }
  const menuListeners = new Set<(c: string) => void>()
  let snapshot: (() => unknown) | null = null
  const api: Record<string, unknown> = {}
  for (const [method, channel] of Object.entries(invoke)) {
    if (method === 'replySnapshot') continue
    api[method] = (request: unknown = {}) => w.__ndInvoke(channel, wrap(request))
  }
  api.onMenuCommand = (listener: (c: string) => void) => {
    menuListeners.add(listener)
    return () => menuListeners.delete(listener)
  }
  api.provideSnapshot = (provider: () => unknown) => {
    snapshot = provider
    return () => { snapshot = null }
  }
  w.netdraft = api
  w.__ndMenu = (c: string) => menuListeners.forEach((l) => l(c))
  w.__ndSnapshot = () => (snapshot ? JSON.parse(JSON.stringify(snapshot())) : null)
}

export type { Page }
