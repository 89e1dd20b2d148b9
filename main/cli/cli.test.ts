import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from '../../test/helpers/cli'
import { exampleNames } from './examples'

const tmp = () => mkdtempSync(path.join(tmpdir(), 'netdraft-cli-'))
const hub = readFileSync(path.join(repoRoot, 'examples/hub-and-spoke.netdraft.json'), 'utf8')

describe('netdraft (CLI frame)', () => {
  it('prints help listing the commands, exit 0', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/validate/)
    expect(r.out).toMatch(/Exit codes: 0 clean, 1 findings/)
  })

  it('exits 2 on an unknown command or option', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2)
    const r = await cli(['validate', '--bogus', 'x'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/Usage: netdraft validate/)
  })
})

describe('netdraft validate: file problems', () => {
  it('exits 2 with line and column for a truncated file', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'cut.netdraft.json'), hub.slice(0, 1500))
    const r = await cli(['validate', 'cut.netdraft.json'], dir)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^cut\.netdraft\.json:\d+:\d+: syntax error/m)
  })

  it('exits 1 for a dangling reference and names the resource and field', async () => {
    const dir = tmp()
    writeFileSync(path.join(dir, 'bad.netdraft.json'), hub.replace('"transitGateway": "tgw-hub",\n      "vpc": "vpc-dev-a"', '"transitGateway": "tgw-gone",\n      "vpc": "vpc-dev-a"'))
    const r = await cli(['validate', 'bad.netdraft.json'], dir)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/resource "vpc-dev-a-att" field transitGateway: .*"tgw-gone", which does not exist/)
  })

  it('exits 2 for a missing file', async () => {
    const r = await cli(['validate', 'nope.netdraft.json'], tmp())
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/cannot read nope\.netdraft\.json: ENOENT/)
  })
})

describe('netdraft new', () => {
  it.each(exampleNames)('copies the %s example, which then loads', async (name) => {
    const dir = tmp()
    const r = await cli(['new', '--example', name, '-o', 'x.netdraft.json'], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(path.join(dir, 'x.netdraft.json'), 'utf8')).toBe(readFileSync(path.join(repoRoot, `examples/${name}.netdraft.json`), 'utf8'))
  })

  it('writes an empty design and refuses to overwrite without --force', async () => {
    const dir = tmp()
    expect((await cli(['new', '-o', 'e.netdraft.json', '--name', 'Blank'], dir)).code).toBe(0)
    expect(JSON.parse(readFileSync(path.join(dir, 'e.netdraft.json'), 'utf8'))).toMatchObject({ formatVersion: 1, name: 'Blank', resources: [] })
    const again = await cli(['new', '-o', 'e.netdraft.json'], dir)
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/file exists/)
    expect((await cli(['new', '-o', 'e.netdraft.json', '--force'], dir)).code).toBe(0)
  })

  it('rejects an unknown example', async () => {
    const r = await cli(['new', '--example', 'nope', '-o', 'x.json'], tmp())
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown example "nope"/)
  })
})
