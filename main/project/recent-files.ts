import path from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { type FsPort, nodeFsPort } from './fs-port'
import { PathLock } from './path-lock'

export const DEFAULT_RECENT_CAP = 10

/**
 * The File ▸ Open Recent list, most recent first, persisted as JSON in the user-data folder.
 * A missing or damaged list file reads as empty rather than failing the app.
 */
export class RecentFiles {
  private readonly lock = new PathLock()
  private readonly file: string

  constructor(
    userDataDir: string,
    private readonly cap = DEFAULT_RECENT_CAP,
    private readonly fs: FsPort = nodeFsPort,
  ) {
    this.file = path.join(userDataDir, 'recent-files.json')
  }

  async list(): Promise<string[]> {
    try {
      const value = JSON.parse(await this.fs.readFile(this.file, 'utf8')) as { files?: unknown }
      if (!value || !Array.isArray(value.files)) return []
      return dedupe(value.files.filter((f): f is string => typeof f === 'string' && path.isAbsolute(f))).slice(0, this.cap)
    } catch {
      return []
    }
  }

  async add(file: string): Promise<string[]> {
    return this.update((files) => [path.resolve(file), ...files])
  }

  async remove(file: string): Promise<string[]> {
    const gone = keyOf(path.resolve(file))
    return this.update((files) => files.filter((f) => keyOf(f) !== gone))
  }

  async clear(): Promise<string[]> {
    return this.update(() => [])
  }

  private update(change: (files: string[]) => string[]): Promise<string[]> {
    return this.lock.run(this.file, async () => {
      const files = dedupe(change(await this.list())).slice(0, this.cap)
      await this.fs.mkdir(path.dirname(this.file), { recursive: true })
      await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, files }, null, 2)}\n`, { fs: this.fs })
      return files
    })
  }
}

/** Windows and macOS file systems are case-insensitive by default, so `C:\A.json` and `c:\a.json` are one file. */
function keyOf(file: string): string {
  return process.platform === 'linux' ? file : file.toLowerCase()
}

function dedupe(files: string[]): string[] {
  const seen = new Set<string>()
  return files.filter((f) => {
    const k = keyOf(f)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
