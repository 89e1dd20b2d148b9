import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { type FsPort, errnoOf, nodeFsPort } from './fs-port'

export interface AtomicWriteOptions {
  fs?: FsPort
  /** Keep the replaced version as `<file>.bak` (written before the new version lands). */
  backup?: boolean
}

export interface AtomicWriteResult {
  /** The file actually replaced: the link target when `target` was a symbolic link. */
  writtenPath: string
  backupPath?: string
}

/**
 * Replaces `target` with `data` so that a crash or a full disk at any moment leaves either the old
 * or the new content, never a mix: write a temp file beside the target, fsync, rename over it.
 * A symbolic link is resolved first and its target replaced, because renaming over the link itself
 * would turn it into a plain file and silently detach it from what it pointed to.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
  const fs = options.fs ?? nodeFsPort
  const realTarget = await resolveLink(fs, target)
  const existing = await fs.stat(realTarget).catch((e: unknown) => {
    if (errnoOf(e) === 'ENOENT') return null
    throw e
  })
  if (existing?.isDirectory()) throw Object.assign(new Error(`${target} is a folder, not a file`), { code: 'EISDIR' })

  let backupPath: string | undefined
  if (options.backup && existing) {
    backupPath = `${realTarget}.bak`
    // The backup goes through its own temp file, so a failed copy never leaves a torn .bak behind.
    const backupTemp = tempNameFor(backupPath)
    try {
      await fs.copyFile(realTarget, backupTemp)
      await fs.rename(backupTemp, backupPath)
    } catch (e) {
      await removeQuietly(fs, backupTemp)
      throw e
    }
  }

  const temp = tempNameFor(realTarget)
  try {
    // write to temp first (exclusive create: never reuse a stranger's file)
    const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // rename over existing
    await fs.rename(temp, realTarget)
  } catch (e) {
    // The first error is the one the caller must see; a failed cleanup must not replace it.
    await removeQuietly(fs, temp)
    throw e
  }
  await syncFolder(fs, path.dirname(realTarget))
  return { writtenPath: realTarget, backupPath }
}

async function resolveLink(fs: FsPort, target: string): Promise<string> {
  const info = await fs.lstat(target).catch(() => null)
  if (!info?.isSymbolicLink()) return target
  try {
    return await fs.realpath(target)
  } catch (e) {
    throw Object.assign(new Error(`${target} is a symbolic link to a missing file; refusing to replace the link`), { code: errnoOf(e) ?? 'ENOENT' })
  }
}

function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
}

async function removeQuietly(fs: FsPort, file: string): Promise<void> {
  try {
    await fs.unlink(file)
  } catch {
    // already gone or never created
  }
}

/** Makes the rename itself durable on POSIX; folders cannot be opened for sync on Windows, which journals renames. */
async function syncFolder(fs: FsPort, dir: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // some filesystems (network mounts) refuse fsync on folders; the data itself is already synced
  }
}
