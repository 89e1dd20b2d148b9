import path from 'node:path'
import type { DocumentInfo, MenuState } from '../../shared/ipc/contract'
import type { Project } from '../../shared/model'
import type { DiskStamp } from '../project/read-file'

/** What main knows about the document shown in one window. */
export interface DocumentState {
  windowId: number
  /** Where autosaves of this document go (see RecoveryStore). */
  recoveryKey: string
  /** The file it was opened from or saved to; null until first saved. */
  path: string | null
  /** The file as last read or written, to detect changes made by others. */
  stamp: DiskStamp | null
  dirty: boolean
  recovered: boolean
  /** The design as loaded or last saved: what a reloading page is given. */
  project: Project
  migrated: string[]
  menu: MenuState
  /** Set once the unsaved-work question is settled, so the next close goes through. */
  closeApproved: boolean
}

export const initialMenuState: MenuState = {
  canUndo: false,
  canRedo: false,
  hasSelection: false,
  validationVisible: true,
  inspectorVisible: true,
  theme: 'light',
}

export function fileNameOf(doc: Pick<DocumentState, 'path'>): string | null {
  return doc.path === null ? null : path.basename(doc.path)
}

export function documentInfo(doc: DocumentState): DocumentInfo {
  return { project: doc.project, fileName: fileNameOf(doc), dirty: doc.dirty, recovered: doc.recovered, migrated: doc.migrated }
}

/** `design.netdraft.json • — Netdraft`; the bullet marks unsaved changes (macOS also shows its dot). */
export function windowTitle(doc: Pick<DocumentState, 'path' | 'dirty' | 'recovered'>): string {
  const name = fileNameOf(doc) ?? 'Untitled'
  return `${name}${doc.recovered ? ' (recovered)' : ''}${doc.dirty ? ' •' : ''} — Netdraft`
}

/** An untitled, untouched, empty window can take the next opened file instead of a new window. */
export function isPristine(doc: DocumentState): boolean {
  return doc.path === null && !doc.dirty && !doc.recovered && doc.project.resources.length === 0
}
