import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/helpers/cli'
import { serializeProject } from '../../../shared/model'
import { design } from '../../../shared/reachability/test-helpers/design'

const peered = design()
  .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16', { name: 'lonely' })
  .subnet('a-app', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
  .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
  .subnet('c-app', 'c', '10.2.1.0/24', { routeTable: 'rt-c' })
  .peering('pcx-ab', 'a', 'b')
  .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab']])
  .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx-ab']])
  .routeTable('rt-c', 'c', [['10.2.0.0/16', 'local']])
  .build()

function write(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-matrix-'))
  writeFileSync(path.join(dir, 'd.netdraft.json'), serializeProject(peered))
  return dir
}

describe('netdraft matrix', () => {
  it('prints a grid with the reason for every unreachable pair', async () => {
    const r = await cli(['matrix', 'd.netdraft.json'], write())
    expect(r.code).toBe(0)
    expect(r.out.split('\n').slice(0, 8)).toEqual([
      '1  a · from/to subnet a-app',
      '2  b · from/to subnet b-app',
      '3  c (lonely) · from/to subnet c-app',
      '',
      '   123',
      '1  YY.',
      '2  YY.',
      '3  ..Y',
    ])
    expect(r.out).toContain('  a → c: no route to 10.2.1.4 in route table rt-a\n')
  })

  it('prints CSV with --csv and JSON with --json', async () => {
    const dir = write()
    const csv = await cli(['matrix', 'd.netdraft.json', '--csv'], dir)
    expect(csv.out).toBe('from \\ to,a,b,c\na,yes,yes,no\nb,yes,yes,no\nc,no,no,yes\n')
    const json = JSON.parse((await cli(['matrix', 'd.netdraft.json', '--json', '--vpc', 'a', '--vpc', 'b'], dir)).out)
    expect(json).toEqual({
      vpcs: [
        { id: 'a', name: 'a', subnet: 'a-app' },
        { id: 'b', name: 'b', subnet: 'b-app' },
      ],
      cells: [
        [{ reachable: true }, { reachable: true }],
        [{ reachable: true }, { reachable: true }],
      ],
    })
  })

  it('exits 2 on bad input', async () => {
    const dir = write()
    expect((await cli(['matrix', 'd.netdraft.json', '--json', '--csv'], dir)).code).toBe(2)
    const r = await cli(['matrix', 'd.netdraft.json', '--vpc', 'zz'], dir)
    expect(r.code).toBe(2)
    expect(r.err).toContain('no VPC with id zz')
  })
})
