import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type Project, formatProblem, loadProject } from '../../shared/model'
import type { CliIo } from './command'

/**
 * Reads and loads a design for a command. On failure prints every problem (file:line:col, resource,
 * field) to stderr and returns the exit code: 2 when the file cannot be read as JSON of a known
 * format version; for schema and reference problems `invalidExit` (1 for `validate`, where they are
 * findings; 2 elsewhere, where they are bad input).
 */
export async function readProjectFile(file: string, io: CliIo, invalidExit: 1 | 2 = 2): Promise<{ project: Project } | { exit: number }> {
  const full = path.resolve(io.cwd, file)
  let text: string
  try {
    text = await readFile(full, 'utf8')
  } catch (e) {
    io.err(`netdraft: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`)
    return { exit: 2 }
  }
  const result = loadProject(text)
  if (result.ok) return { project: result.project }
  for (const p of result.problems) io.err(`${formatProblem(p, file)}\n`)
  const unreadable = result.problems.some((p) => p.code === 'syntax' || p.code === 'version')
  return { exit: unreadable ? 2 : invalidExit }
}
