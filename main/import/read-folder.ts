import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { ImportFile } from '../../shared/importers/aws'

/** Past this many files the folder is surely not a describe-* export (a home directory picked by mistake). */
const MAX_FILES = 20000

/**
 * Reads every `*.json` file under `dir` (recursively; symlinks not followed; Netdraft designs left
 * out) into the importer's input: paths relative to `dir` with `/` separators, sorted so that
 * imports are deterministic.
 */
export async function readImportFolder(dir: string): Promise<ImportFile[]> {
  const info = await stat(dir)
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`)
  const found: string[] = []
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true })
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(child)
      // Designs saved next to the export (`-o net.netdraft.json` inside DIR) are not AWS output.
      else if (e.isFile() && e.name.toLowerCase().endsWith('.json') && !e.name.toLowerCase().endsWith('.netdraft.json')) {
        found.push(child)
        if (found.length > MAX_FILES) throw new Error(`${dir} holds more than ${MAX_FILES} JSON files; pick the folder of the describe-* outputs`)
      }
    }
  }
  await walk('')
  found.sort()
  return Promise.all(found.map(async (p) => ({ path: p, text: await readFile(path.join(dir, ...p.split('/')), 'utf8') })))
}
