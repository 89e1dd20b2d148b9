/**
 * Channel names, kept apart from their schemas so the preload bundle stays free of zod and the model.
 * Names are `netdraft:<area>.<verb>`; the method names are what the renderer calls on `window.netdraft`.
 */
export const invokeChannels = {
  newProject: 'netdraft:project.new',
  openProject: 'netdraft:project.open',
  openRecentProject: 'netdraft:project.openRecent',
  currentProject: 'netdraft:project.current',
  saveProject: 'netdraft:project.save',
  saveProjectAs: 'netdraft:project.saveAs',
  closeProject: 'netdraft:project.close',
  markDirty: 'netdraft:project.markDirty',
  listRecentFiles: 'netdraft:recent.list',
  listRecovery: 'netdraft:recovery.list',
  restoreRecovery: 'netdraft:recovery.restore',
  discardRecovery: 'netdraft:recovery.discard',
  exportPng: 'netdraft:export.png',
  exportPdf: 'netdraft:export.pdf',
  exportTerraform: 'netdraft:export.terraform',
  openRulesDoc: 'netdraft:app.openRulesDoc',
  openExternal: 'netdraft:app.openExternal',
  setMenuState: 'netdraft:app.setMenuState',
  replySnapshot: 'netdraft:snapshot.reply',
} as const

/** Main → renderer messages; the renderer subscribes through named preload functions. */
export const eventChannels = {
  menuCommand: 'netdraft:menu.command',
  snapshotRequest: 'netdraft:snapshot.request',
} as const

export type ApiMethod = keyof typeof invokeChannels
export type Channel = (typeof invokeChannels)[ApiMethod]

/**
 * Menu items the renderer carries out (main handles file and window items itself). Cut, Copy and
 * Paste are not here: they use Electron's roles, which fire the DOM `cut`/`copy`/`paste` events
 * the renderer listens to. Undo/Redo/Delete/Select All arrive here even while a text field has
 * focus; the renderer applies them to the field in that case.
 */
export const menuCommands = [
  'file.save',
  'file.saveAs',
  'file.exportPng',
  'file.exportPdf',
  'file.exportTerraform',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.actualSize',
  'view.toggleValidation',
  'view.toggleInspector',
  'view.relayout',
  'view.toggleTheme',
] as const
export type MenuCommand = (typeof menuCommands)[number]

export const CHANNEL_PREFIX = 'netdraft:'
