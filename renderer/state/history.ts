import type { Project } from '../../shared/model'

/**
 * How a change enters the undo history (after Excalidraw's capture modes):
 * - `immediately`: a finished edit, undoable on its own;
 * - `eventually`: a step of a continuous edit (a drag, typing in one field); consecutive steps with
 *   the same `coalesceKey` fold into one undo entry;
 * - `never`: not an edit (opening a file, a reload from disk); history is cleared.
 */
export const Capture = { immediately: 'immediately', eventually: 'eventually', never: 'never' } as const
export type Capture = (typeof Capture)[keyof typeof Capture]

export interface HistoryEntry {
  readonly project: Project
  readonly label: string
  readonly coalesceKey?: string
}

export interface History {
  readonly present: Project
  /** Earlier states, most recent last; each holds the project before the edit named by its label. */
  readonly past: readonly HistoryEntry[]
  readonly future: readonly HistoryEntry[]
  /** The coalesce key of the last `eventually` edit, while it may still absorb steps. */
  readonly openKey?: string
}

const LIMIT = 200

export function createHistory(project: Project): History {
  return { present: project, past: [], future: [] }
}

export function record(h: History, next: Project, label: string, capture: Capture, coalesceKey?: string): History {
  if (next === h.present) return h
  if (capture === 'never') return createHistory(next)
  if (capture === 'eventually' && coalesceKey !== undefined && h.openKey === coalesceKey && h.past.length > 0) {
    return { present: next, past: h.past, future: [], openKey: coalesceKey }
  }
  const past = [...h.past, { project: h.present, label, coalesceKey }].slice(-LIMIT)
  return { present: next, past, future: [], openKey: capture === 'eventually' ? coalesceKey : undefined }
}

export function undo(h: History): History {
  const last = h.past.at(-1)
  if (!last) return h
  return { present: last.project, past: h.past.slice(0, -1), future: [{ ...last, project: h.present }, ...h.future] }
}

export function redo(h: History): History {
  const [next, ...rest] = h.future
  if (!next) return h
  return { present: next.project, past: [...h.past, { ...next, project: h.present }], future: rest }
}

/** Ends an `eventually` run, so the next step starts a new undo entry (a drag ended, a field lost focus). */
export function seal(h: History): History {
  return h.openKey === undefined ? h : { ...h, openKey: undefined }
}

export const canUndo = (h: History) => h.past.length > 0
export const canRedo = (h: History) => h.future.length > 0
export const undoLabel = (h: History) => h.past.at(-1)?.label
export const redoLabel = (h: History) => h.future[0]?.label
