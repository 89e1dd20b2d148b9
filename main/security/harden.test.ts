import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'

const opened = vi.hoisted(() => [] as string[])
vi.mock('electron', () => ({ shell: { openExternal: async (url: string) => void opened.push(url) } }))

const { hardenApp, hardenSession } = await import('./harden')
const { openExternalVetted } = await import('./open-external')

/** A web contents as far as the hardening touches it. */
class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler
  }
}

function hardened() {
  const app = new EventEmitter()
  const logs: string[] = []
  hardenApp(app as never, (m) => logs.push(m))
  const contents = new FakeContents()
  app.emit('web-contents-created', {}, contents)
  return { contents, logs }
}

const event = () => ({ defaultPrevented: false, preventDefault() { this.defaultPrevented = true } })

describe('hardenApp', () => {
  it('blocks every navigation, redirect and webview', () => {
    const { contents, logs } = hardened()
    for (const name of ['will-navigate', 'will-redirect']) {
      const e = event()
      contents.emit(name, e, 'https://evil.example/')
      expect(e.defaultPrevented, name).toBe(true)
    }
    const webview = event()
    contents.emit('will-attach-webview', webview)
    expect(webview.defaultPrevented).toBe(true)
    expect(logs).toEqual(['netdraft: blocked navigation to https://evil.example/', 'netdraft: blocked redirect to https://evil.example/', 'netdraft: blocked a <webview>'])
  })

  it('denies window.open, sending only https and mailto links to the browser', async () => {
    const { contents, logs } = hardened()
    expect(contents.openHandler!({ url: 'https://docs.aws.amazon.com/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    await new Promise((r) => setTimeout(r, 0))
    expect(opened).toContain('https://docs.aws.amazon.com/')
    expect(opened).not.toContain('file:///etc/passwd')
    expect(logs).toEqual(['netdraft: blocked window.open of file:///etc/passwd'])
  })
})

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const calls: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: never) => (calls.request = h),
      setPermissionCheckHandler: (h: never) => (calls.check = h),
      setDevicePermissionHandler: (h: never) => (calls.device = h),
      webRequest: { onHeadersReceived: vi.fn() },
    }
    hardenSession(session as never, false)
    const answer = vi.fn()
    ;(calls.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', answer)
    expect(answer).toHaveBeenCalledWith(false)
    expect((calls.check as () => boolean)()).toBe(false)
    expect((calls.device as () => boolean)()).toBe(false)
    expect(session.webRequest.onHeadersReceived).not.toHaveBeenCalled()
  })
})

describe('openExternalVetted', () => {
  it('opens https and mailto only', async () => {
    expect(await openExternalVetted('mailto:ops@example.com')).toBe(true)
    expect(await openExternalVetted('javascript:alert(1)')).toBe(false)
    expect(opened).toContain('mailto:ops@example.com')
  })
})
