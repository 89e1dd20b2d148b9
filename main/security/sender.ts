import { CHANNEL_PREFIX } from '../../shared/ipc/channels'

/** The app's own origin in production: the renderer is served from `app://netdraft/`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'netdraft'

/** The part of Electron's IPC event the check reads; tests forge these. */
export interface SenderEventLike {
  senderFrame: { url: string; parent: unknown } | null
}

export type SenderVerdict = { ok: true } | { ok: false; reason: string }

/**
 * Whether a URL belongs to the app: `app://netdraft/...`, or in development the dev server's exact
 * origin (electron-vite passes it in ELECTRON_RENDERER_URL; it is null in a packaged app).
 */
export function isAppUrl(raw: string, devServerUrl: string | null): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  // Non-special schemes have an opaque origin ("null"), so compare scheme and host instead.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (devServerUrl === null) return false
  try {
    return url.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/**
 * VS Code's `validateEvent`, for Netdraft: the channel is ours, the sending frame still exists,
 * is a page of the app itself, and is the top frame (an iframe, even same-origin, may not call main).
 */
export function checkSender(channel: string, event: SenderEventLike, devServerUrl: string | null): SenderVerdict {
  if (!channel.startsWith(CHANNEL_PREFIX)) return { ok: false, reason: `channel is not a ${CHANNEL_PREFIX} channel` }
  const frame = event.senderFrame
  // The frame is gone when its page navigated or was destroyed while the message was in flight.
  if (!frame) return { ok: false, reason: 'the sending frame no longer exists' }
  if (!isAppUrl(frame.url, devServerUrl)) return { ok: false, reason: `the sending frame is not the app (url ${JSON.stringify(frame.url.slice(0, 200))})` }
  if (frame.parent !== null) return { ok: false, reason: 'the sending frame is not a main frame' }
  return { ok: true }
}
