import type { App, Session, WebContents } from 'electron'
import { contentSecurityPolicy } from './csp'
import { openExternalVetted } from './open-external'

/**
 * App-wide hardening, applied before any window exists: every web contents (document windows,
 * docs windows, anything created later) may not navigate, open windows, attach webviews or get
 * permissions; links to https:/mailto: open in the user's browser instead.
 */
export function hardenApp(app: App, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, log))
}

function hardenContents(contents: WebContents, log: (message: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    log(`netdraft: blocked navigation to ${url}`)
  })
  contents.on('will-redirect', (event, url) => {
    event.preventDefault()
    log(`netdraft: blocked redirect to ${url}`)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('netdraft: blocked a <webview>')
  })
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalVetted(url).then((opened) => {
      if (!opened) log(`netdraft: blocked window.open of ${url}`)
    })
    return { action: 'deny' }
  })
}

/** No page gets camera, notifications, clipboard reads or any other permission; the dev server's pages get the CSP header too. */
export function hardenSession(session: Session, development: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  if (development) {
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(true)] } })
    })
  }
}
