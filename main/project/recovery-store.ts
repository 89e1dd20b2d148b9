import { createHash } from 'node:crypto'
import path from 'node:path'
import { type LoadProblem, type Project, loadProjectValue } from '../../shared/model'
import { writeFileAtomic } from './atomic-write'
import { type FsPort, errnoOf, nodeFsPort } from './fs-port'
import { PathLock } from './path-lock'

/** One unsaved document found in the recovery folder: what it was, and when it was last autosaved. */
export interface RecoveryEntry {
  key: string
  /** The file the document was opened from or last saved to; null for a document never saved. */
  path: string | null
  name: string
  savedAt: string
}

export type RestoreResult =
  | { ok: true; entry: RecoveryEntry; project: Project }
  | { ok: false; code: 'not-found' | 'invalid'; message: string; problems?: LoadProblem[] }

/** Keys name files inside the recovery folder, so they are kept to a shape that cannot escape it. */
export const RECOVERY_KEY = /^(file|untitled)-[a-f0-9-]{8,64}$/

/** The stable recovery key of a document that has a file: the same file always maps to the same key. */
export function recoveryKeyForPath(file: string): string {
  return `file-${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 32)}`
}

interface StoredRecovery {
  recoveryVersion: 1
  key: string
  path: string | null
  name: string
  savedAt: string
  project: unknown
}

/**
 * Autosaved copies of documents with unsaved changes, one file per document. A copy lives only
 * while its document has unsaved changes (saving or discarding removes it), so whatever is left at
 * startup was left by a crash and is offered back.
 */
export class RecoveryStore {
  private readonly lock = new PathLock()
  constructor(
    private readonly dir: string,
    private readonly fs: FsPort = nodeFsPort,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async save(key: string, document: { path: string | null; project: Project }): Promise<RecoveryEntry> {
    assertKey(key)
    const entry: RecoveryEntry = { key, path: document.path, name: document.project.name, savedAt: this.now().toISOString() }
    const stored: StoredRecovery = { recoveryVersion: 1, ...entry, project: document.project }
    await this.fs.mkdir(this.dir, { recursive: true })
    await this.lock.run(key, () => writeFileAtomic(this.fileOf(key), `${JSON.stringify(stored)}\n`, { fs: this.fs }))
    return entry
  }

  /** Every recoverable document, newest first; damaged recovery files are left on disk and not listed. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.dir)
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return []
      throw e
    }
    const entries: RecoveryEntry[] = []
    for (const name of names.sort()) {
      const key = name.replace(/\.json$/, '')
      if (!name.endsWith('.json') || !RECOVERY_KEY.test(key)) continue
      const stored = await this.read(key)
      if (stored) entries.push({ key: stored.key, path: stored.path, name: stored.name, savedAt: stored.savedAt })
    }
    return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
  }

  async find(key: string): Promise<RecoveryEntry | null> {
    if (!RECOVERY_KEY.test(key)) return null
    const stored = await this.read(key)
    return stored && { key: stored.key, path: stored.path, name: stored.name, savedAt: stored.savedAt }
  }

  async restore(key: string): Promise<RestoreResult> {
    if (!RECOVERY_KEY.test(key)) return { ok: false, code: 'not-found', message: `no recovered document "${key}"` }
    const stored = await this.read(key)
    if (!stored) return { ok: false, code: 'not-found', message: `no recovered document "${key}"` }
    const loaded = loadProjectValue(stored.project)
    const entry = { key: stored.key, path: stored.path, name: stored.name, savedAt: stored.savedAt }
    if (!loaded.ok) return { ok: false, code: 'invalid', message: `the recovered copy of ${stored.name} is damaged`, problems: loaded.problems }
    return { ok: true, entry, project: loaded.project }
  }

  async discard(key: string): Promise<void> {
    assertKey(key)
    await this.lock.run(key, async () => {
      try {
        await this.fs.unlink(this.fileOf(key))
      } catch (e) {
        if (errnoOf(e) !== 'ENOENT') throw e
      }
    })
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`)
  }

  private async read(key: string): Promise<StoredRecovery | null> {
    try {
      const value = JSON.parse(await this.fs.readFile(this.fileOf(key), 'utf8')) as Partial<StoredRecovery> | null
      if (!value || value.recoveryVersion !== 1 || value.key !== key || typeof value.name !== 'string' || typeof value.savedAt !== 'string') return null
      if (value.path !== null && typeof value.path !== 'string') return null
      return value as StoredRecovery
    } catch {
      return null
    }
  }
}

function assertKey(key: string): void {
  if (!RECOVERY_KEY.test(key)) throw new Error(`invalid recovery key "${key}"`)
}
