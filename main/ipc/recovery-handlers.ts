import path from 'node:path'
import { invokeChannels } from '../../shared/ipc/channels'
import type { HandlerDeps } from './deps'
import type { createHandle } from './handle'

type Handle = ReturnType<typeof createHandle>

export function registerRecoveryHandlers(handle: Handle, { workspace, service }: HandlerDeps): void {
  handle(invokeChannels.listRecovery, async () => ({
    ok: true,
    entries: (await service.recovery.list()).map((e) => ({ key: e.key, name: e.name, fileName: e.path === null ? null : path.basename(e.path), savedAt: e.savedAt })),
  }))
  handle(invokeChannels.restoreRecovery, async (req, { senderId }) => workspace.restoreRecovery(req.key, senderId))
  handle(invokeChannels.discardRecovery, async (req) => {
    await service.recovery.discard(req.key)
    return { ok: true }
  })
}
