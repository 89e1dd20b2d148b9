import { app, BrowserWindow, dialog, screen } from 'electron'
import { eventChannels, type MenuCommand } from '../../shared/ipc/channels'
import type { RecoveryEntry } from '../project/recovery-store'
import type { DesktopPort, RecoveryAnswer, SaveDialogKind, UnsavedAnswer } from './desktop-port'
import { windowTitle } from './documents'
import type { SnapshotBroker } from './snapshot-broker'
import { type WindowStateStore, placeWindow } from './window-bounds'
import { createDocumentWindow } from './create-windows'
import type { Workspace } from './workspace'

export interface ElectronDesktopOptions {
  preloadPath: string
  /** app://netdraft/index.html, or the dev server's URL in development. */
  rendererUrl: string
  snapshots: SnapshotBroker
  windowState: WindowStateStore
  savedState: Awaited<ReturnType<WindowStateStore['load']>>
  onDocumentChanged: () => void
}

const filters: Record<SaveDialogKind, Electron.FileFilter[]> = {
  design: [{ name: 'Netdraft design', extensions: ['json'] }],
  png: [{ name: 'PNG image', extensions: ['png'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  report: [{ name: 'Text', extensions: ['txt'] }],
}

/** DesktopPort over Electron: one BrowserWindow per document, keyed by its webContents id. */
export class ElectronDesktop implements DesktopPort {
  private readonly windows = new Map<number, BrowserWindow>()
  private workspace: Workspace | null = null
  private savedState: ElectronDesktopOptions['savedState']

  constructor(private readonly options: ElectronDesktopOptions) {
    this.savedState = options.savedState
  }

  /** The workspace is built on top of this desktop, so it is attached afterwards. */
  attach(workspace: Workspace): void {
    this.workspace = workspace
  }

  focusedWindowId(): number | null {
    const focused = BrowserWindow.getFocusedWindow()
    for (const [id, win] of this.windows) if (win === focused) return id
    return null
  }

  openWindow(): number {
    const placement = placeWindow(this.savedState, screen.getAllDisplays().map((d) => d.workArea), this.windows.size)
    const { maximized, ...bounds } = placement
    const win = createDocumentWindow(this.options.preloadPath, bounds)
    const id = win.webContents.id
    this.windows.set(id, win)
    win.once('ready-to-show', () => {
      if (maximized) win.maximize()
      win.show()
    })
    win.on('close', (event) => {
      const workspace = this.workspace
      if (workspace?.mustHoldClose(id)) {
        event.preventDefault()
        void workspace.requestClose(id)
        return
      }
      this.rememberBounds(win)
    })
    win.on('closed', () => {
      this.windows.delete(id)
      this.options.snapshots.cancelWindow(id)
      this.workspace?.windowClosed(id)
      this.options.onDocumentChanged()
    })
    win.on('blur', () => void this.workspace?.autosave(id).catch(() => undefined))
    win.on('focus', () => this.options.onDocumentChanged())
    void win.loadURL(this.options.rendererUrl)
    return id
  }

  closeWindow(windowId: number): void {
    this.windows.get(windowId)?.close()
  }

  focusWindow(windowId: number): void {
    const win = this.windows.get(windowId)
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  }

  reloadPage(windowId: number): void {
    this.windows.get(windowId)?.webContents.reload()
  }

  documentChanged(windowId: number): void {
    const win = this.windows.get(windowId)
    const doc = this.workspace?.get(windowId)
    if (win && doc) {
      win.setTitle(windowTitle(doc))
      if (doc.path) app.addRecentDocument(doc.path)
      if (process.platform === 'darwin') {
        win.setDocumentEdited(doc.dirty)
        win.setRepresentedFilename(doc.path ?? '')
      }
    }
    this.options.onDocumentChanged()
  }

  sendMenuCommand(windowId: number, command: MenuCommand): void {
    this.windows.get(windowId)?.webContents.send(eventChannels.menuCommand, { command })
  }

  requestSnapshot(windowId: number): Promise<unknown> {
    const win = this.windows.get(windowId)
    if (!win || win.isDestroyed()) return Promise.resolve(null)
    return this.options.snapshots.request(windowId, (requestId) => win.webContents.send(eventChannels.snapshotRequest, { requestId }))
  }

  async showOpenDialog(windowId: number | null): Promise<string | null> {
    const options: Electron.OpenDialogOptions = { title: 'Open design', properties: ['openFile'], filters: filters.design }
    const parent = windowId === null ? undefined : this.windows.get(windowId)
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }

  async showSaveDialog(windowId: number, kind: SaveDialogKind, defaultName: string): Promise<string | null> {
    const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters: filters[kind], properties: ['showOverwriteConfirmation', 'createDirectory'] }
    const parent = this.windows.get(windowId)
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }

  async showFolderDialog(windowId: number | null, title: string): Promise<string | null> {
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] }
    const parent = windowId === null ? undefined : this.windows.get(windowId)
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }

  async askUnsaved(windowId: number, fileName: string): Promise<UnsavedAnswer> {
    const answers: UnsavedAnswer[] = ['save', 'discard', 'cancel']
    const { response } = await this.messageBox(windowId, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: `Do you want to save the changes you made to ${fileName}?`,
      detail: "Your changes will be lost if you don't save them.",
    })
    return answers[response] ?? 'cancel'
  }

  async askRestore(entries: RecoveryEntry[]): Promise<RecoveryAnswer> {
    const answers: RecoveryAnswer[] = ['restore', 'discard', 'later']
    const list = entries.map((e) => `• ${e.name}${e.path ? ` (${e.path})` : ''}, autosaved ${e.savedAt}`).join('\n')
    const { response } = await dialog.showMessageBox({
      type: 'question',
      buttons: ['Restore', 'Discard', 'Decide Later'],
      defaultId: 0,
      cancelId: 2,
      message: `Netdraft closed unexpectedly. Restore ${entries.length === 1 ? 'the unsaved design' : `${entries.length} unsaved designs`}?`,
      detail: list,
    })
    return answers[response] ?? 'later'
  }

  async askReplaceFiles(windowId: number, names: string[], removed: string[] = []): Promise<boolean> {
    const parts = [names.length > 0 ? `replace ${names.length} existing file(s)` : '', removed.length > 0 ? `remove ${removed.length} file(s) this export no longer writes` : '']
    const question = parts.filter(Boolean).join(' and ')
    const { response } = await this.messageBox(windowId, {
      type: 'warning',
      buttons: [removed.length > 0 ? 'Replace and Remove' : 'Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `${question.charAt(0).toUpperCase()}${question.slice(1)}?`,
      detail: [
        ...(names.length > 0 ? ['Replaced:', ...names] : []),
        ...(removed.length > 0 ? [...(names.length > 0 ? [''] : []), 'Removed (left from an earlier export, Terraform would still plan them):', ...removed] : []),
      ].join('\n'),
    })
    return response === 0
  }

  async showImportSummary(windowId: number, summary: string, detail: string): Promise<'ok' | 'save'> {
    const { response } = await this.messageBox(windowId, { type: 'info', buttons: ['OK', 'Save Report…'], defaultId: 0, cancelId: 0, message: summary, detail })
    return response === 1 ? 'save' : 'ok'
  }

  showError(windowId: number | null, title: string, message: string): void {
    void this.messageBox(windowId, { type: 'error', buttons: ['OK'], message: title, detail: message })
  }

  private messageBox(windowId: number | null, options: Electron.MessageBoxOptions) {
    const parent = windowId === null ? undefined : this.windows.get(windowId)
    return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)
  }

  private rememberBounds(win: BrowserWindow): void {
    const state = { ...win.getNormalBounds(), maximized: win.isMaximized() }
    this.savedState = state
    void this.options.windowState.save(state).catch(() => undefined)
  }
}
