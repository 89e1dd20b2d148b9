import type { MenuCommand } from '../../shared/ipc/channels'
import type { RecoveryEntry } from '../project/recovery-store'

export type UnsavedAnswer = 'save' | 'discard' | 'cancel'
export type RecoveryAnswer = 'restore' | 'discard' | 'later'
export type SaveDialogKind = 'design' | 'png' | 'pdf' | 'report'

/**
 * Everything the document flows need from the desktop (windows, dialogs, the shell). Electron
 * implements it in electron-desktop.ts; tests implement it with scripted answers, which is how the
 * close, conflict and recovery flows run end to end here without the Electron binary.
 */
export interface DesktopPort {
  /** Opens a window for a document; returns the id its IPC messages will carry (its webContents id). */
  openWindow(): number
  /** Closes a window for good; the flows have already settled any unsaved work. */
  closeWindow(windowId: number): void
  focusWindow(windowId: number): void
  /** The window's document was replaced by main (a menu Open into an empty window): the page reloads to fetch it. */
  reloadPage(windowId: number): void
  /** Title, edited marker and menu state changed. */
  documentChanged(windowId: number): void
  sendMenuCommand(windowId: number, command: MenuCommand): void
  /** Asks the window's page for its current design (null when it has none or does not answer in time). */
  requestSnapshot(windowId: number): Promise<unknown>
  showOpenDialog(windowId: number | null): Promise<string | null>
  showSaveDialog(windowId: number, kind: SaveDialogKind, defaultName: string): Promise<string | null>
  showFolderDialog(windowId: number | null, title: string): Promise<string | null>
  /** Tells what an import did; 'save' when the user wants the full report written to a file. */
  showImportSummary(windowId: number, summary: string, detail: string): Promise<'ok' | 'save'>
  askUnsaved(windowId: number, fileName: string): Promise<UnsavedAnswer>
  askRestore(entries: RecoveryEntry[]): Promise<RecoveryAnswer>
  /** Before an export into a folder: files it would replace, and stale ones (an earlier export's) it would remove. */
  askReplaceFiles(windowId: number, names: string[], removed?: string[]): Promise<boolean>
  showError(windowId: number | null, title: string, message: string): void
}
