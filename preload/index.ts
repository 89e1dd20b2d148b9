import { contextBridge, ipcRenderer } from 'electron'
import type { NetdraftApi, SnapshotProvider } from '../shared/ipc/api'
import { type MenuCommand, eventChannels, invokeChannels, menuCommands } from '../shared/ipc/channels'

// The renderer gets named functions only: never ipcRenderer, never a channel parameter, never an
// event object (its `sender` would hand the page an IPC handle).
const invoke =
  (channel: (typeof invokeChannels)[keyof typeof invokeChannels]) =>
  (request: unknown = {}) =>
    ipcRenderer.invoke(channel, request)

let snapshotProvider: SnapshotProvider | null = null

ipcRenderer.on(eventChannels.snapshotRequest, (_event, payload: { requestId?: unknown }) => {
  const requestId = typeof payload?.requestId === 'number' ? payload.requestId : -1
  let project: ReturnType<SnapshotProvider> = null
  try {
    project = snapshotProvider ? snapshotProvider() : null
  } catch (e) {
    console.error('netdraft: the snapshot provider failed', e)
  }
  void ipcRenderer.invoke(invokeChannels.replySnapshot, { requestId, project })
})

const api: NetdraftApi = {
  newProject: invoke(invokeChannels.newProject),
  openProject: invoke(invokeChannels.openProject),
  openRecentProject: invoke(invokeChannels.openRecentProject),
  currentProject: invoke(invokeChannels.currentProject),
  saveProject: invoke(invokeChannels.saveProject),
  saveProjectAs: invoke(invokeChannels.saveProjectAs),
  closeProject: invoke(invokeChannels.closeProject),
  markDirty: invoke(invokeChannels.markDirty),
  listRecentFiles: invoke(invokeChannels.listRecentFiles),
  listRecovery: invoke(invokeChannels.listRecovery),
  restoreRecovery: invoke(invokeChannels.restoreRecovery),
  discardRecovery: invoke(invokeChannels.discardRecovery),
  exportPng: invoke(invokeChannels.exportPng),
  exportPdf: invoke(invokeChannels.exportPdf),
  exportTerraform: invoke(invokeChannels.exportTerraform),
  openRulesDoc: invoke(invokeChannels.openRulesDoc),
  openExternal: invoke(invokeChannels.openExternal),
  setMenuState: invoke(invokeChannels.setMenuState),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: unknown, payload: { command?: unknown }) => {
      const command = payload?.command
      if ((menuCommands as readonly unknown[]).includes(command)) listener(command as MenuCommand)
    }
    ipcRenderer.on(eventChannels.menuCommand, wrapped)
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, wrapped)
    }
  },
  provideSnapshot(provider: SnapshotProvider) {
    snapshotProvider = provider
    return () => {
      if (snapshotProvider === provider) snapshotProvider = null
    }
  },
}

contextBridge.exposeInMainWorld('netdraft', api)
