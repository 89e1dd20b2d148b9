import path from 'node:path'
import { type LoadProblem, type Project, loadProject, loadProjectValue, serializeProject } from '../../shared/model'
import { writeFileAtomic } from './atomic-write'
import { type FsPort, errnoOf, nodeFsPort } from './fs-port'
import { PathLock } from './path-lock'
import { DEFAULT_MAX_BYTES, type DiskStamp, type ReadErrorCode, currentStamp, readTextFile, sha256Of } from './read-file'
import { DEFAULT_RECENT_CAP, RecentFiles } from './recent-files'
import { type RecoveryEntry, RecoveryStore, recoveryKeyForPath } from './recovery-store'

/** A load problem and the file it was found in. */
export interface FileProblem extends LoadProblem {
  file: string
}

export type ServiceErrorCode = ReadErrorCode | 'invalid' | 'conflict' | 'disk-full' | 'read-only' | 'io'

export interface ServiceFailure {
  ok: false
  code: ServiceErrorCode
  message: string
  problems?: FileProblem[]
}

export interface OpenedDocument {
  path: string
  project: Project
  /** The file as read; pass it back to `save` so changes made by others are noticed. */
  stamp: DiskStamp
  migrated: string[]
  /** An autosaved copy with unsaved changes left by a crash, to offer before editing. */
  recovery: RecoveryEntry | null
}

export type OpenResult = { ok: true; document: OpenedDocument } | ServiceFailure
/** `project` is the design as validated and written (defaults filled in). */
export type SaveResult = { ok: true; path: string; project: Project; stamp: DiskStamp; backupPath?: string } | ServiceFailure

export interface SaveOptions {
  /** The stamp from open or the last save; null for a file Netdraft has not read (Save As, first save). */
  expected: DiskStamp | null
  /** Replace the file even though it changed on disk (the user chose to after a conflict). */
  overwrite?: boolean
  /** The recovery copy to drop once the save is on disk (an untitled document's key). */
  recoveryKey?: string
}

export interface ProjectServiceOptions {
  recoveryDir: string
  userDataDir: string
  fs?: FsPort
  maxBytes?: number
  recentCap?: number
  now?: () => Date
}

/**
 * Owns the disk for design files: open with every problem located, save atomically with a backup,
 * never over a file changed by someone else unless told to, autosave copies and recent files.
 * Plain Node, no Electron, so every path through it is tested directly. Never throws.
 */
export class ProjectService {
  readonly recovery: RecoveryStore
  readonly recent: RecentFiles
  private readonly fs: FsPort
  private readonly maxBytes: number
  private readonly lock = new PathLock()

  constructor(options: ProjectServiceOptions) {
    this.fs = options.fs ?? nodeFsPort
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
    this.recovery = new RecoveryStore(options.recoveryDir, this.fs, options.now)
    this.recent = new RecentFiles(options.userDataDir, options.recentCap ?? DEFAULT_RECENT_CAP, this.fs)
  }

  async open(file: string): Promise<OpenResult> {
    const full = path.resolve(file)
    const read = await readTextFile(full, this.maxBytes, this.fs)
    if (!read.ok) return { ok: false, code: read.code, message: read.message }
    const loaded = loadProject(read.text)
    if (!loaded.ok) {
      const problems = loaded.problems.map((p) => ({ ...p, file: full }))
      const first = problems[0]
      const where = first.line !== undefined ? `:${first.line}:${first.column}` : ''
      return { ok: false, code: 'invalid', message: `${full}${where}: ${first.message}`, problems }
    }
    await this.recent.add(full).catch(() => undefined)
    const recovery = await this.recovery.find(recoveryKeyForPath(full)).catch(() => null)
    return { ok: true, document: { path: full, project: loaded.project, stamp: read.stamp, migrated: loaded.migrated, recovery } }
  }

  /** Re-validates `project` (it may come straight from the renderer) and writes it atomically to `file`. */
  async save(file: string, project: unknown, options: SaveOptions): Promise<SaveResult> {
    const full = path.resolve(file)
    const valid = loadProjectValue(project)
    if (!valid.ok) {
      const problems = valid.problems.map((p) => ({ ...p, file: full }))
      return { ok: false, code: 'invalid', message: `not saved: the design has ${problems.length} problem(s); first: ${problems[0].message}`, problems }
    }
    const text = serializeProject(valid.project)
    try {
      return await this.lock.run(full, async () => {
        const conflict = await this.conflictOf(full, options)
        if (conflict) return conflict
        const written = await writeFileAtomic(full, text, { fs: this.fs, backup: true })
        const info = await this.fs.stat(written.writtenPath)
        const stamp: DiskStamp = { mtimeMs: info.mtimeMs, size: Buffer.byteLength(text), sha256: sha256Of(text) }
        await this.afterSave(full, options.recoveryKey)
        return { ok: true as const, path: full, project: valid.project, stamp, backupPath: written.backupPath }
      })
    } catch (e) {
      return writeFailure(full, e)
    }
  }

  /** Whether the file differs from `expected`; a changed date with the same bytes is not a change. */
  async changedOnDisk(file: string, expected: DiskStamp | null): Promise<boolean> {
    const now = await currentStamp(path.resolve(file), this.maxBytes, this.fs)
    if (now === null) return expected !== null
    if ('error' in now) return true
    return expected === null || now.size !== expected.size || now.sha256 !== expected.sha256
  }

  private async conflictOf(file: string, options: SaveOptions): Promise<ServiceFailure | null> {
    if (options.overwrite) return null
    const now = await currentStamp(file, this.maxBytes, this.fs)
    // A file deleted since it was opened holds nothing to lose: saving recreates it.
    if (now === null) return null
    if ('error' in now) {
      return { ok: false, code: 'conflict', message: `${file} cannot be checked for changes before saving (${now.message}); save with overwrite to replace it` }
    }
    if (options.expected === null) {
      return { ok: false, code: 'conflict', message: `${file} already exists; save with overwrite to replace it` }
    }
    if (now.size !== options.expected.size || now.sha256 !== options.expected.sha256) {
      return { ok: false, code: 'conflict', message: `${file} was changed by another program since it was opened; save with overwrite to replace those changes, or reopen it` }
    }
    return null
  }

  private async afterSave(file: string, recoveryKey: string | undefined): Promise<void> {
    // The save is already durable; bookkeeping failures must not turn it into a reported failure.
    await this.recent.add(file).catch(() => undefined)
    await this.recovery.discard(recoveryKeyForPath(file)).catch(() => undefined)
    if (recoveryKey) await this.recovery.discard(recoveryKey).catch(() => undefined)
  }
}

function writeFailure(file: string, e: unknown): ServiceFailure {
  const code = errnoOf(e)
  const unchanged = 'the file on disk is unchanged'
  if (code === 'ENOSPC' || code === 'EDQUOT') return { ok: false, code: 'disk-full', message: `not enough disk space to save ${file}; ${unchanged}` }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { ok: false, code: 'read-only', message: `${file} cannot be written (permission denied or read-only disk); ${unchanged}` }
  const detail = e instanceof Error ? e.message : String(e)
  return { ok: false, code: 'io', message: `could not save ${file}: ${detail}; ${unchanged}` }
}
