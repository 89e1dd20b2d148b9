import { createHash } from 'node:crypto'
import { type FsPort, errnoOf, nodeFsPort } from './fs-port'

/** What a file looked like when Netdraft last read or wrote it; a different stamp now means someone else changed it. */
export interface DiskStamp {
  mtimeMs: number
  size: number
  sha256: string
}

export type ReadErrorCode = 'not-found' | 'permission' | 'too-large' | 'not-text' | 'io'

export type ReadTextResult = { ok: true; text: string; stamp: DiskStamp } | { ok: false; code: ReadErrorCode; message: string }

/** Larger designs than the 500-VPC benchmark (about 3 MB) by far; anything above is not a design file. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

export function sha256Of(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Reads a whole file as UTF-8 text, refusing before reading when it is larger than `maxBytes`
 * (and if it grows while being read). Never throws: every failure is a code and a sentence that
 * names the file.
 */
export async function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES, fs: FsPort = nodeFsPort): Promise<ReadTextResult> {
  const bytes = await readBytes(file, maxBytes, fs)
  if (!bytes.ok) return bytes
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.data)
  } catch {
    return { ok: false, code: 'not-text', message: `${file} is not UTF-8 text (is it a binary file?)` }
  }
  return { ok: true, text, stamp: { mtimeMs: bytes.mtimeMs, size: bytes.data.byteLength, sha256: sha256Of(bytes.data) } }
}

/** The current stamp of a file, or null when it no longer exists. */
export async function currentStamp(file: string, maxBytes = DEFAULT_MAX_BYTES, fs: FsPort = nodeFsPort): Promise<DiskStamp | null | { error: ReadErrorCode; message: string }> {
  const bytes = await readBytes(file, maxBytes, fs)
  if (bytes.ok) return { mtimeMs: bytes.mtimeMs, size: bytes.data.byteLength, sha256: sha256Of(bytes.data) }
  if (bytes.code === 'not-found') return null
  return { error: bytes.code, message: bytes.message }
}

async function readBytes(
  file: string,
  maxBytes: number,
  fs: FsPort,
): Promise<{ ok: true; data: Uint8Array; mtimeMs: number } | { ok: false; code: ReadErrorCode; message: string }> {
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined
  try {
    handle = await fs.open(file, 'r')
    const info = await handle.stat()
    if (info.isDirectory()) return { ok: false, code: 'not-text', message: `${file} is a folder, not a design file` }
    if (info.size > maxBytes) return tooLarge(file, info.size, maxBytes)
    // Read one byte past the cap: a file that grew since stat is caught without reading it all.
    const buffer = new Uint8Array(Math.min(info.size, maxBytes) + 1)
    let filled = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
      if (filled === buffer.byteLength) {
        if (filled > maxBytes) return tooLarge(file, filled, maxBytes, true)
        break
      }
    }
    return { ok: true, data: buffer.subarray(0, filled), mtimeMs: info.mtimeMs }
  } catch (e) {
    return describeReadError(file, e)
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

function tooLarge(file: string, size: number, maxBytes: number, grewWhileReading = false): { ok: false; code: 'too-large'; message: string } {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
  return { ok: false, code: 'too-large', message: `${file} is ${grewWhileReading ? 'at least ' : ''}${mb(size)}; Netdraft opens design files up to ${mb(maxBytes)}` }
}

function describeReadError(file: string, e: unknown): { ok: false; code: ReadErrorCode; message: string } {
  const code = errnoOf(e)
  if (code === 'ENOENT') return { ok: false, code: 'not-found', message: `${file} does not exist` }
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, code: 'permission', message: `${file} cannot be read: permission denied` }
  if (code === 'EISDIR') return { ok: false, code: 'not-text', message: `${file} is a folder, not a design file` }
  return { ok: false, code: 'io', message: `${file} cannot be read: ${code ?? (e instanceof Error ? e.message : String(e))}` }
}
