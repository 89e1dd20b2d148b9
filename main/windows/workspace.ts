import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Failure, MenuState, Response } from '../../shared/ipc/contract'
import { type Project, emptyProject } from '../../shared/model'
import type { OpenedDocument, ProjectService, ServiceFailure } from '../project/project-service'
import { recoveryKeyForPath } from '../project/recovery-store'
import { closeStep, quitOutcome } from './close-plan'
import type { DesktopPort } from './desktop-port'
import { type DocumentState, documentInfo, fileNameOf, initialMenuState, isPristine } from './documents'

type Opened = Response<'netdraft:project.open'>
type PlacedState = Partial<DocumentState> & Pick<DocumentState, 'path' | 'project' | 'stamp' | 'migrated' | 'recoveryKey'>
type Saved = { ok: true; fileName: string; savedAt: string } | Failure

/**
 * The documents open in the app, one per window, and the flows over them: open, save (with
 * conflict detection), autosave, close and quit with unsaved work, crash recovery. Plain Node:
 * the desktop is reached only through DesktopPort.
 */
export class Workspace {
  private readonly docs = new Map<number, DocumentState>()

  constructor(
    private readonly service: ProjectService,
    private readonly desktop: DesktopPort,
    private readonly now: () => Date = () => new Date(),
    private readonly untitledKey: () => string = () => `untitled-${randomUUID()}`,
  ) {}

  get(windowId: number): DocumentState | undefined {
    return this.docs.get(windowId)
  }

  all(): DocumentState[] {
    return [...this.docs.values()]
  }

  newDocument(): number {
    return this.openWindowWith({ path: null, project: emptyProject(), stamp: null, migrated: [], recoveryKey: this.untitledKey() })
  }

  /**
   * Opens a file in `fromWindow` when that window is pristine, else in a window of its own; a file
   * already open is focused. `askedByPage` is false for menu, command-line and OS requests: the page
   * did not ask, so it is reloaded to pick up its new document.
   */
  async openPath(file: string, fromWindow: number | null, askedByPage = true): Promise<Opened> {
    const full = path.resolve(file)
    const existing = this.all().find((d) => d.path === full)
    if (existing) {
      this.desktop.focusWindow(existing.windowId)
      return { ok: true, openedIn: 'other-window', fileName: fileNameOf(existing) }
    }
    const result = await this.service.open(full)
    if (!result.ok) return failure(result)
    return this.place(fromWindow, this.stateOf(result.document), askedByPage)
  }

  async openWithDialog(fromWindow: number | null, askedByPage = true): Promise<Opened> {
    const file = await this.desktop.showOpenDialog(fromWindow)
    if (file === null) return { ok: false, code: 'cancelled', message: 'no file chosen' }
    return this.openPath(file, fromWindow, askedByPage)
  }

  /**
   * Opens a design that has no file yet (an import) as unsaved work: it is placed like an opened
   * file, and the first save asks where it goes.
   */
  openUnsaved(project: Project, fromWindow: number | null, askedByPage = true): number {
    return this.placeState(fromWindow, { path: null, project, stamp: null, migrated: [], recoveryKey: this.untitledKey(), dirty: true }, askedByPage).windowId
  }

  /** Opens a file named by the page only when it is on the recent list, so the page cannot pick arbitrary paths. */
  async openRecent(file: string, fromWindow: number | null, askedByPage = true): Promise<Opened> {
    const recent = await this.service.recent.list()
    if (!recent.includes(path.resolve(file))) return { ok: false, code: 'not-found', message: `${file} is not on the recent files list` }
    const opened = await this.openPath(file, fromWindow, askedByPage)
    if (!opened.ok && opened.code === 'not-found') await this.service.recent.remove(file)
    return opened
  }

  markDirty(windowId: number, dirty: boolean): void {
    const doc = this.require(windowId)
    if (doc.dirty === dirty) return
    doc.dirty = dirty
    doc.closeApproved = false
    this.desktop.documentChanged(windowId)
  }

  setMenuState(windowId: number, menu: MenuState): void {
    this.require(windowId).menu = menu
    this.desktop.documentChanged(windowId)
  }

  /** Save (to the known file) or Save As (always asks); `overwrite` answers an earlier conflict. */
  async save(windowId: number, project: unknown, options: { saveAs: boolean; overwrite?: boolean }): Promise<Saved> {
    const doc = this.require(windowId)
    let target = options.saveAs ? null : doc.path
    const chosen = target === null
    if (target === null) {
      target = await this.desktop.showSaveDialog(windowId, 'design', fileNameOf(doc) ?? `${safeName(projectName(project))}.netdraft.json`)
      if (target === null) return { ok: false, code: 'cancelled', message: 'no file chosen' }
    }
    const full = path.resolve(target)
    const sameFile = full === doc.path
    // The save dialog already asked before replacing another file.
    const result = await this.service.save(full, project, {
      expected: sameFile ? doc.stamp : null,
      overwrite: options.overwrite === true || (chosen && !sameFile),
      recoveryKey: doc.recoveryKey,
    })
    if (!result.ok) return failure(result)
    Object.assign(doc, {
      path: result.path,
      stamp: result.stamp,
      dirty: false,
      recovered: false,
      recoveryKey: recoveryKeyForPath(result.path),
      project: result.project,
    })
    this.desktop.documentChanged(windowId)
    return { ok: true, fileName: path.basename(result.path), savedAt: this.now().toISOString() }
  }

  /** Writes the window's unsaved design to its recovery file (timer and focus loss). */
  async autosave(windowId: number): Promise<boolean> {
    const doc = this.docs.get(windowId)
    if (!doc?.dirty) return false
    const snapshot = await this.desktop.requestSnapshot(windowId)
    const checked = snapshotProject(snapshot)
    if (!checked) return false
    await this.service.recovery.save(doc.recoveryKey, { path: doc.path, project: checked })
    return true
  }

  /** Whether Electron must hold a window's close until the unsaved-work question is settled. */
  mustHoldClose(windowId: number): boolean {
    const doc = this.docs.get(windowId)
    return doc !== undefined && doc.dirty && !doc.closeApproved
  }

  /** Runs the unsaved-work flow; true when the window may close (it is then closed). */
  async requestClose(windowId: number): Promise<boolean> {
    const doc = this.docs.get(windowId)
    if (!doc) return true
    let step = closeStep({ dirty: doc.dirty && !doc.closeApproved })
    if (step === 'ask') {
      this.desktop.focusWindow(windowId)
      const answer = await this.desktop.askUnsaved(windowId, fileNameOf(doc) ?? 'Untitled')
      step = closeStep({ dirty: true, answer })
      if (step === 'save-then-close') step = closeStep({ dirty: true, answer, saved: await this.saveForClose(windowId) })
    }
    if (step === 'stay') return false
    if (step === 'discard-then-close') await this.service.recovery.discard(doc.recoveryKey).catch(() => undefined)
    doc.closeApproved = true
    this.desktop.closeWindow(windowId)
    return true
  }

  /** Closes every window in turn; stops (and the app keeps running) at the first the user keeps open. */
  async requestQuit(): Promise<boolean> {
    const closed: boolean[] = []
    for (const doc of this.all()) {
      const ok = await this.requestClose(doc.windowId)
      closed.push(ok)
      if (!ok) break
    }
    return quitOutcome(closed) === 'quit'
  }

  /** The window is gone: a clean document leaves no recovery copy behind. */
  windowClosed(windowId: number): void {
    const doc = this.docs.get(windowId)
    this.docs.delete(windowId)
    if (doc && !doc.dirty) void this.service.recovery.discard(doc.recoveryKey).catch(() => undefined)
  }

  async restoreRecovery(key: string, fromWindow: number | null, askedByPage = true): Promise<Opened> {
    const restored = await this.service.recovery.restore(key)
    if (!restored.ok) return { ok: false, code: restored.code, message: restored.message, problems: restored.problems }
    const { entry, project } = restored
    const open = this.all().find((d) => d.recoveryKey === key)
    if (open) {
      this.desktop.focusWindow(open.windowId)
      return { ok: true, openedIn: 'other-window', fileName: fileNameOf(open) }
    }
    // The copy is unsaved work on top of whatever the file holds now; saving it replaces that.
    const onDisk = entry.path ? await this.service.open(entry.path) : null
    const stamp = onDisk?.ok ? onDisk.document.stamp : null
    const state = { path: entry.path, project, stamp, migrated: [], recoveryKey: key }
    return this.place(fromWindow, { ...state, dirty: true, recovered: true }, askedByPage)
  }

  /** At startup: anything in the recovery folder was left by a crash; offer it back. */
  async offerRecovery(): Promise<void> {
    const entries = await this.service.recovery.list().catch(() => [])
    if (entries.length === 0) return
    const answer = await this.desktop.askRestore(entries)
    if (answer === 'later') return
    for (const entry of entries) {
      if (answer === 'discard') await this.service.recovery.discard(entry.key).catch(() => undefined)
      else {
        const opened = await this.restoreRecovery(entry.key, null, false)
        if (!opened.ok) this.desktop.showError(null, `Could not restore ${entry.name}`, opened.message)
      }
    }
  }

  private async saveForClose(windowId: number): Promise<boolean> {
    const snapshot = await this.desktop.requestSnapshot(windowId)
    if (snapshot === null || snapshot === undefined) {
      this.desktop.showError(windowId, 'Could not save', 'The window did not hand over its design; it stays open so nothing is lost.')
      return false
    }
    const saved = await this.save(windowId, snapshot, { saveAs: false })
    if (!saved.ok && saved.code !== 'cancelled') this.desktop.showError(windowId, 'Could not save', saved.message)
    return saved.ok
  }

  private stateOf(doc: OpenedDocument) {
    return { path: doc.path, project: doc.project, stamp: doc.stamp, migrated: doc.migrated, recoveryKey: recoveryKeyForPath(doc.path) }
  }

  private place(fromWindow: number | null, state: PlacedState, askedByPage: boolean): Opened {
    const { windowId, reused } = this.placeState(fromWindow, state, askedByPage)
    const doc = this.require(windowId)
    return reused ? { ok: true, openedIn: 'this-window', document: documentInfo(doc) } : { ok: true, openedIn: 'other-window', fileName: fileNameOf(doc) }
  }

  /** A pristine window takes the document; otherwise it gets a window of its own. */
  private placeState(fromWindow: number | null, state: PlacedState, askedByPage: boolean): { windowId: number; reused: boolean } {
    const target = fromWindow === null ? undefined : this.docs.get(fromWindow)
    if (target && isPristine(target)) {
      void this.service.recovery.discard(target.recoveryKey).catch(() => undefined)
      Object.assign(target, { dirty: false, recovered: false, closeApproved: false, ...state })
      this.desktop.documentChanged(target.windowId)
      if (!askedByPage) this.desktop.reloadPage(target.windowId)
      return { windowId: target.windowId, reused: true }
    }
    return { windowId: this.openWindowWith(state), reused: false }
  }

  private openWindowWith(state: PlacedState): number {
    const windowId = this.desktop.openWindow()
    this.docs.set(windowId, { windowId, dirty: false, recovered: false, menu: initialMenuState, closeApproved: false, ...state })
    this.desktop.documentChanged(windowId)
    return windowId
  }

  private require(windowId: number): DocumentState {
    const doc = this.docs.get(windowId)
    if (!doc) throw new Error(`no document is open in window ${windowId}`)
    return doc
  }
}

function failure(result: ServiceFailure): Failure {
  return { ok: false, code: result.code, message: result.message, problems: result.problems }
}

function projectName(project: unknown): string {
  const name = (project as { name?: unknown } | null)?.name
  return typeof name === 'string' && name.trim() ? name : 'Untitled network'
}

function safeName(name: string): string {
  return name.replace(/[/\\:*?"<>|\0]+/g, '-').slice(0, 80)
}

/** A snapshot from a page is untrusted: it must at least be an object before it is written anywhere. */
function snapshotProject(snapshot: unknown): Project | null {
  return snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot) ? (snapshot as Project) : null
}
