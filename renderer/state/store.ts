import type { Project } from '../../shared/model'
import { type Capture, type History, canRedo, canUndo, createHistory, record, redo, redoLabel, seal, undo, undoLabel } from './history'

/** What the UI reads: one immutable snapshot per change. */
export interface DocumentState {
  readonly project: Project
  /** Selected resource (or scene element) ids, in the order they were picked. */
  readonly selection: readonly string[]
  readonly dirty: boolean
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly undoLabel?: string
  readonly redoLabel?: string
}

/**
 * The open document: the project with its undo history, the selection, and whether it differs from
 * what was last saved. Every change to the project goes through `apply` with a capture mode.
 */
export class DocumentStore {
  private history: History
  private saved: Project
  private selection: readonly string[] = []
  private state: DocumentState
  private readonly listeners = new Set<() => void>()

  constructor(project: Project) {
    this.history = createHistory(project)
    this.saved = project
    this.state = this.snapshot()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  readonly getState = (): DocumentState => this.state

  get project(): Project {
    return this.history.present
  }

  apply(label: string, edit: (project: Project) => Project, capture: Capture = 'immediately', coalesceKey?: string): void {
    const next = edit(this.history.present)
    if (next === this.history.present) return
    this.history = record(this.history, next, label, capture, coalesceKey)
    this.dropMissingFromSelection()
    this.emit()
  }

  undo(): void {
    this.history = undo(seal(this.history))
    this.dropMissingFromSelection()
    this.emit()
  }

  redo(): void {
    this.history = redo(this.history)
    this.dropMissingFromSelection()
    this.emit()
  }

  /** Ends a continuous edit (drag end, field blur): the next change starts a new undo step. */
  seal(): void {
    this.history = seal(this.history)
  }

  /** Replaces the document (open, restore): not undoable, and clean. */
  load(project: Project): void {
    this.history = createHistory(project)
    this.saved = project
    this.selection = []
    this.emit()
  }

  /** The project as written to disk; the document is clean until it changes again. */
  markSaved(project: Project = this.history.present): void {
    this.saved = project
    this.emit()
  }

  select(ids: readonly string[]): void {
    this.selection = [...new Set(ids)]
    this.emit()
  }

  private dropMissingFromSelection(): void {
    if (this.selection.length === 0) return
    const ids = new Set(this.history.present.resources.map((r) => r.id))
    const kept = this.selection.filter((id) => ids.has(id) || !isResourceLike(id))
    if (kept.length !== this.selection.length) this.selection = kept
  }

  private snapshot(): DocumentState {
    const h = this.history
    return {
      project: h.present,
      selection: this.selection,
      dirty: h.present !== this.saved,
      canUndo: canUndo(h),
      canRedo: canRedo(h),
      undoLabel: undoLabel(h),
      redoLabel: redoLabel(h),
    }
  }

  private emit(): void {
    this.state = this.snapshot()
    for (const l of this.listeners) l()
  }
}

/** Synthetic scene ids (`region:…`, `az:…`) are selectable but are not resources. */
function isResourceLike(id: string): boolean {
  return !id.includes(':')
}
