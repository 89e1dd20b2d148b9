import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Files `terraform fmt -check` would rewrite; [] when all are formatted, null when terraform is
 * not installed (the writer's own tests pin the layout then).
 */
export function unformattedFiles(files: Record<string, string>): string[] | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-tf-'))
  try {
    for (const [name, text] of Object.entries(files)) if (name.endsWith('.tf')) writeFileSync(path.join(dir, name), text)
    try {
      execFileSync('terraform', ['fmt', '-check', '-list=true', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] })
      return []
    } catch (e) {
      const err = e as { code?: string; stdout?: Buffer }
      if (err.code === 'ENOENT') return null
      return String(err.stdout ?? '').split('\n').filter(Boolean)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
