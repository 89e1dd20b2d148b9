import { invokeChannels } from '../../shared/ipc/channels'
import { safeExternalUrl } from '../security/external-url'
import type { HandlerDeps } from './deps'
import type { createHandle } from './handle'

type Handle = ReturnType<typeof createHandle>

export function registerAppHandlers(handle: Handle, { workspace, shell, snapshots }: HandlerDeps): void {
  handle(invokeChannels.openRulesDoc, async (req) =>
    (await shell.openRulesDoc(req.ruleId)) ? { ok: true } : { ok: false, code: 'not-found', message: `there is no documentation page for rule ${req.ruleId}` },
  )
  handle(invokeChannels.openExternal, async (req) => {
    const url = safeExternalUrl(req.url)
    if (url === null) return { ok: false, code: 'forbidden', message: 'only https: and mailto: links open outside Netdraft' }
    await shell.openInBrowser(url)
    return { ok: true }
  })
  handle(invokeChannels.setMenuState, async (req, { senderId }) => {
    workspace.setMenuState(senderId, req)
    return { ok: true }
  })
  handle(invokeChannels.replySnapshot, async (req, { senderId }) =>
    snapshots.reply(senderId, req.requestId, req.project) ? { ok: true } : { ok: false, code: 'not-found', message: `no snapshot request ${req.requestId} is waiting on this window` },
  )
}
