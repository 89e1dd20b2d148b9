import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from '../../../test/helpers/cli'

function workspace(example: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-tf-cli-'))
  copyFileSync(path.join(repoRoot, example), path.join(dir, 'd.netdraft.json'))
  return dir
}

describe('netdraft export terraform', () => {
  it('writes the configuration files and README into DIR', async () => {
    const dir = workspace('examples/hub-and-spoke.netdraft.json')
    const r = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'tf'], dir)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const files = readdirSync(path.join(dir, 'tf')).sort()
    expect(files).toEqual(expect.arrayContaining(['README.md', 'outputs.tf', 'providers.tf', 'transit-gateway.tf', 'variables.tf', 'versions.tf', 'vpc-shared.tf']))
    // Three account role ARNs and the customer gateway's public IP.
    expect(r.out).toBe(`d.netdraft.json: wrote ${files.length} files to tf; fill in 4 variables first (see README.md)\n`)
    expect(readFileSync(path.join(dir, 'tf/versions.tf'), 'utf8')).toContain('version = "~> 6.0"')
  })

  it('writes main.tf alone with --single-file', async () => {
    const dir = workspace('examples/privatelink.netdraft.json')
    const r = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'out', '--single-file'], dir)
    expect(r.code).toBe(0)
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['README.md', 'main.tf'])
  })

  it('refuses a design with validation errors (exit 1) unless --allow-errors', async () => {
    const dir = workspace('examples/broken/peering-transitive.netdraft.json')
    const refused = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'tf'], dir)
    expect(refused.code).toBe(1)
    expect(refused.err).toMatch(/validation error.*--allow-errors/s)
    expect(refused.err).toContain('peering-not-transitive')
    expect(existsSync(path.join(dir, 'tf'))).toBe(false)
    const allowed = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'tf', '--allow-errors'], dir)
    expect(allowed.code).toBe(0)
    expect(allowed.err).toMatch(/exported with \d+ validation errors; see README\.md/)
    expect(readFileSync(path.join(dir, 'tf/README.md'), 'utf8')).toContain('peering-not-transitive')
  })

  it('will not leave stale .tf files from an earlier export unless --clean removes them', async () => {
    const dir = workspace('examples/peering.netdraft.json')
    mkdirSync(path.join(dir, 'tf'))
    writeFileSync(path.join(dir, 'tf/vpc-old.tf'), '# from an earlier export\n')
    writeFileSync(path.join(dir, 'tf/terraform.tfvars'), 'x = 1\n')
    const refused = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'tf', '--allow-errors'], dir)
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('vpc-old.tf')
    const cleaned = await cli(['export', 'terraform', 'd.netdraft.json', '-o', 'tf', '--allow-errors', '--clean'], dir)
    expect(cleaned.code).toBe(0)
    expect(existsSync(path.join(dir, 'tf/vpc-old.tf'))).toBe(false)
    expect(existsSync(path.join(dir, 'tf/terraform.tfvars'))).toBe(true)
  })

  it('reports bad usage and unreadable input with exit 2', async () => {
    const dir = workspace('examples/peering.netdraft.json')
    expect((await cli(['export', 'terraform', 'd.netdraft.json'], dir)).code).toBe(2)
    expect((await cli(['export', 'terraform', 'missing.json', '-o', 'tf'], dir)).code).toBe(2)
  })
})
