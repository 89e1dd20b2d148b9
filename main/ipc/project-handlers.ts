import path from 'node:path'
import { invokeChannels } from '../../shared/ipc/channels'
import { documentInfo } from '../windows/documents'
import type { HandlerDeps } from './deps'
import type { createHandle } from './handle'

type Handle = ReturnType<typeof createHandle>

export function registerProjectHandlers(handle: Handle, { workspace, service }: HandlerDeps): void {
  handle(invokeChannels.newProject, async () => {
    workspace.newDocument()
    return { ok: true }
  })
  handle(invokeChannels.openProject, async (_req, { senderId }) => workspace.openWithDialog(senderId))
  handle(invokeChannels.openRecentProject, async (req, { senderId }) => workspace.openRecent(req.path, senderId))
  handle(invokeChannels.currentProject, async (_req, { senderId }) => {
    const doc = workspace.get(senderId)
    if (!doc) return { ok: false, code: 'not-found', message: 'this window has no document' }
    return { ok: true, document: documentInfo(doc) }
  })
  handle(invokeChannels.saveProject, async (req, { senderId }) => workspace.save(senderId, req.project, { saveAs: false, overwrite: req.overwrite }))
  handle(invokeChannels.saveProjectAs, async (req, { senderId }) => workspace.save(senderId, req.project, { saveAs: true }))
  handle(invokeChannels.closeProject, async (_req, { senderId }) =>
    (await workspace.requestClose(senderId)) ? { ok: true } : { ok: false, code: 'cancelled', message: 'the window stays open' },
  )
  handle(invokeChannels.markDirty, async (req, { senderId }) => {
    workspace.markDirty(senderId, req.dirty)
    return { ok: true }
  })
  handle(invokeChannels.listRecentFiles, async () => ({
    ok: true,
    files: (await service.recent.list()).map((file) => ({ path: file, fileName: path.basename(file) })),
  }))
}
