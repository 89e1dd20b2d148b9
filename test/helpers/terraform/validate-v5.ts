import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `terraform validate` with an AWS provider 5.x binary from a local filesystem mirror (no network).
 * Provider 5 has no per-resource `region` and no `@<region>` import suffix, so both are removed
 * first; everything else (types, blocks, for_each values, references) is checked by Terraform itself.
 * Returns Terraform's output when it fails, '' when the configuration is valid.
 */
export function validateWithProvider5(files: Record<string, string>, mirror: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-tfv-'))
  try {
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.tf')) continue
      let body = text.replace('version = "~> 6.0"', 'version = ">= 5.0"')
      if (name !== 'providers.tf') body = body.replace(/^ {2}region += .*\n/gm, '').replace(/^( {2}id += "[^"@]*)@[a-z0-9-]+"/gm, '$1"')
      writeFileSync(path.join(dir, name), body)
    }
    const rc = path.join(dir, 'cli.tfrc')
    writeFileSync(
      rc,
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n}\n`,
    )
    const env = { ...process.env, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' }
    try {
      execFileSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' })
      execFileSync('terraform', ['validate', '-no-color'], { cwd: dir, env, stdio: 'pipe' })
      return ''
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer; message: string }
      return `${String(err.stdout ?? '')}${String(err.stderr ?? '')}` || err.message
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
