import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/helpers/cli'
import { serializeProject } from '../../../shared/model'
import { design } from '../../../shared/reachability/test-helpers/design'

/** A–B peered, B–C peered, A's table also sends C's block to pcx-ab (which cannot work). */
const chain = design()
  .vpc('a', '10.0.0.0/16', { externalId: 'vpc-0aaa' }).vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16')
  .subnet('a-app', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
  .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
  .subnet('c-app', 'c', '10.2.1.0/24', { routeTable: 'rt-c' })
  .peering('pcx-ab', 'a', 'b').peering('pcx-bc', 'b', 'c')
  .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-ab']])
  .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-bc']])
  .routeTable('rt-c', 'c', [['10.2.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-bc']])
  .workload('web', 'a-app', { name: 'web server', externalId: 'i-0web' }).workload('api', 'b-app').workload('db', 'c-app')
  .build()

function write(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-reach-'))
  writeFileSync(path.join(dir, 'd.netdraft.json'), serializeProject(chain))
  return { dir, file: 'd.netdraft.json' }
}

describe('netdraft reach', () => {
  it('prints the path and exits 0 when the destination is reachable', async () => {
    const { dir, file } = write()
    const r = await cli(['reach', file, '--from', 'i-0web', '--to', 'api', '--port', '443'], dir)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe('REACHABLE: workload web (i-0web) (10.0.1.4) → workload api (10.1.1.4) (tcp 443)')
    expect(lines).toContain('  2. forward subnet a-app · route table rt-a · 10.1.0.0/16 → pcx-ab')
    expect(lines).toContain('return:')
    expect(r.out).toContain('security: unchecked')
  })

  it('prints the failing hop, reason, rule and fix and exits 1 when it is not', async () => {
    const { dir, file } = write()
    const r = await cli(['reach', file, '--from', 'web server', '--to', '10.2.1.4'], dir)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^NOT REACHABLE: workload web/)
    expect(r.out).toContain('failure (forward) at peeringConnection pcx-ab: 10.2.1.4 is in c, not in the peer b')
    expect(r.out).toContain('  rule: peering-not-transitive\n')
    expect(r.out).toContain('  fix:  peer a (vpc-0aaa) with c directly')
  })

  it('prints the documented JSON object with --json', async () => {
    const { dir, file } = write()
    const r = await cli(['reach', file, '--from', 'vpc-0aaa', '--to', 'db', '--json'], dir)
    expect(r.code).toBe(1)
    const answer = JSON.parse(r.out)
    expect(answer).toMatchObject({ reachable: false, protocol: '-1', return: [], failure: { direction: 'forward', ruleId: 'peering-not-transitive', hop: { id: 'pcx-ab', kind: 'peeringConnection', decision: 'drop' } } })
    expect(answer.forward[0]).toEqual({ id: 'web', externalId: 'i-0web', kind: 'workload', name: 'web server', decision: 'forward', note: 'address 10.0.1.4' })
    expect(answer.security).toEqual({ status: 'unchecked', checks: [], unchecked: [] })
  })

  it.each([
    [['reach', 'd.netdraft.json', '--from', 'web'], /reach needs --from X and --to Y/],
    [['reach', 'd.netdraft.json', '--from', 'web', '--to', 'api', '--port', 'http'], /--port must be a number/],
    [['reach', 'd.netdraft.json', '--from', 'web', '--to', 'api', '--protocol', 'sctp'], /--protocol must be one of/],
    [['reach', 'd.netdraft.json', '--from', 'nobody', '--to', 'api'], /d\.netdraft\.json: no resource with id, AWS id or name "nobody"/],
    [['reach', 'missing.json', '--from', 'web', '--to', 'api'], /cannot read missing\.json/],
  ])('exits 2 on bad input: %j', async (args, message) => {
    const { dir } = write()
    const r = await cli(args, dir)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })
})
