// Test support for the main-process tests: a scripted desktop, a fake ipcMain and forged IPC events.
import path from 'node:path'
import type { Channel, MenuCommand } from '../../shared/ipc/channels'
import { contract } from '../../shared/ipc/contract'
import { ProjectService } from '../project/project-service'
import type { RecoveryEntry } from '../project/recovery-store'
import type { DesktopPort, RecoveryAnswer, SaveDialogKind, UnsavedAnswer } from '../windows/desktop-port'
import { SnapshotBroker } from '../windows/snapshot-broker'
import { Workspace } from '../windows/workspace'
import type { ShellPort } from './deps'
import { type InvokeEventLike, type IpcMainLike, createHandle } from './handle'
import { registerHandlers } from './register'

export const APP_URL = 'app://netdraft/index.html'

/** A desktop whose dialogs answer from queues the test fills, and whose windows are plain records. */
export class FakeDesktop implements DesktopPort {
  private nextWindow = 1
  readonly windows = new Set<number>()
  readonly closed: number[] = []
  readonly errors: string[] = []
  readonly commands: [number, MenuCommand][] = []
  openAnswers: (string | null)[] = []
  saveAnswers: (string | null)[] = []
  folderAnswers: (string | null)[] = []
  unsavedAnswers: UnsavedAnswer[] = []
  restoreAnswers: RecoveryAnswer[] = []
  replaceAnswers: boolean[] = []
  importSummaryAnswers: ('ok' | 'save')[] = []
  readonly asked: string[] = []
  /** What each window's page holds; requestSnapshot answers with it. */
  readonly pages = new Map<number, unknown>()

  openWindow(): number {
    const id = this.nextWindow++
    this.windows.add(id)
    return id
  }
  closeWindow(windowId: number): void {
    this.windows.delete(windowId)
    this.closed.push(windowId)
  }
  readonly reloaded: number[] = []
  focusWindow(): void {}
  reloadPage(windowId: number): void {
    this.reloaded.push(windowId)
  }
  documentChanged(): void {}
  sendMenuCommand(windowId: number, command: MenuCommand): void {
    this.commands.push([windowId, command])
  }
  async requestSnapshot(windowId: number): Promise<unknown> {
    return this.pages.get(windowId) ?? null
  }
  async showOpenDialog(): Promise<string | null> {
    return this.take(this.openAnswers, 'open')
  }
  async showSaveDialog(_w: number, kind: SaveDialogKind, defaultName: string): Promise<string | null> {
    this.asked.push(`save ${kind} ${defaultName}`)
    return this.take(this.saveAnswers, 'save')
  }
  async showFolderDialog(): Promise<string | null> {
    return this.take(this.folderAnswers, 'folder')
  }
  async showImportSummary(_w: number, summary: string): Promise<'ok' | 'save'> {
    this.asked.push(`import summary ${summary}`)
    return this.take(this.importSummaryAnswers, 'import summary')
  }
  async askUnsaved(_w: number, fileName: string): Promise<UnsavedAnswer> {
    this.asked.push(`unsaved ${fileName}`)
    return this.take(this.unsavedAnswers, 'unsaved')
  }
  async askRestore(entries: RecoveryEntry[]): Promise<RecoveryAnswer> {
    this.asked.push(`restore ${entries.map((e) => e.name).join(', ')}`)
    return this.take(this.restoreAnswers, 'restore')
  }
  async askReplaceFiles(_w: number, names: string[], removed: string[] = []): Promise<boolean> {
    this.asked.push([names.length > 0 ? `replace ${names.join(', ')}` : '', removed.length > 0 ? `remove ${removed.join(', ')}` : ''].filter(Boolean).join('; '))
    return this.take(this.replaceAnswers, 'replace')
  }
  showError(_w: number | null, title: string, message: string): void {
    this.errors.push(`${title}: ${message}`)
  }
  private take<T>(queue: T[], what: string): T {
    if (queue.length === 0) throw new Error(`the test gave no answer for the ${what} dialog`)
    return queue.shift()!
  }
}

export class FakeShell implements ShellPort {
  readonly opened: string[] = []
  readonly docs: string[] = []
  async openInBrowser(url: string): Promise<void> {
    this.opened.push(url)
  }
  async openRulesDoc(ruleId: string): Promise<boolean> {
    this.docs.push(ruleId)
    return ruleId !== 'no-such-rule'
  }
}

/** Records handlers the way Electron's ipcMain would, and invokes them with forged events. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>()
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(event, ...args)
  }
}

export function appEvent(windowId: number, url = APP_URL, parent: unknown = null): InvokeEventLike {
  return { sender: { id: windowId }, senderFrame: { url, parent } }
}

export interface Harness {
  ipc: FakeIpcMain
  desktop: FakeDesktop
  shell: FakeShell
  service: ProjectService
  workspace: Workspace
  snapshots: SnapshotBroker
  warnings: string[]
  call(channel: string, windowId: number, request?: unknown): Promise<Record<string, unknown>>
}

/** The real handlers over a real project service in `dir`, with a fake desktop and fake Electron IPC. */
export function harness(dir: string): Harness {
  const desktop = new FakeDesktop()
  const shell = new FakeShell()
  const service = new ProjectService({ recoveryDir: path.join(dir, 'recovery'), userDataDir: path.join(dir, 'user') })
  const workspace = new Workspace(service, desktop)
  const snapshots = new SnapshotBroker(200)
  const ipc = new FakeIpcMain()
  const warnings: string[] = []
  const log = { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) }
  registerHandlers(createHandle(ipc, null, log), { workspace, service, desktop, shell, snapshots })
  const call = async (channel: string, windowId: number, request?: unknown) => {
    const response = await ipc.invoke(channel, appEvent(windowId), ...(request === undefined ? [] : [request]))
    // Every answer a test sees must also match the contract's response schema.
    const checked = contract[channel as Channel].response.safeParse(response)
    if (!checked.success) throw new Error(`${channel} answered outside its contract: ${checked.error.message}\n${JSON.stringify(response).slice(0, 500)}`)
    return response as Record<string, unknown>
  }
  return { ipc, desktop, shell, service, workspace, snapshots, warnings, call }
}
