import * as nodeFs from 'node:fs/promises'

/**
 * The part of node:fs/promises the project service touches. Injected so tests can simulate a disk
 * that fills up midway (ENOSPC) or a read that must never happen, without mocking modules.
 */
export interface FsPort {
  open: typeof nodeFs.open
  stat: typeof nodeFs.stat
  lstat: typeof nodeFs.lstat
  realpath: typeof nodeFs.realpath
  rename: typeof nodeFs.rename
  unlink: typeof nodeFs.unlink
  copyFile: typeof nodeFs.copyFile
  mkdir: typeof nodeFs.mkdir
  readdir: typeof nodeFs.readdir
  readFile: typeof nodeFs.readFile
}

export const nodeFsPort: FsPort = {
  open: nodeFs.open,
  stat: nodeFs.stat,
  lstat: nodeFs.lstat,
  realpath: nodeFs.realpath,
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  copyFile: nodeFs.copyFile,
  mkdir: nodeFs.mkdir,
  readdir: nodeFs.readdir,
  readFile: nodeFs.readFile,
}

export function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined
}
