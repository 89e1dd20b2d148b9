import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { awsDataDir } from '../../../test/helpers/aws-data'
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

  describe('on imported snapshots', () => {
    async function imported(snapshot: string): Promise<string> {
      const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-reach-'))
      const r = await cli(['import', 'aws', path.join(awsDataDir, snapshot), '-o', 'd.netdraft.json'], dir)
      expect(r.code).toBe(0)
      return dir
    }

    it('sends a private address no network holds nowhere near an internet gateway', async () => {
      const dir = await imported('test-vpc-peering')
      const r = await cli(['reach', 'd.netdraft.json', '--from', '10.10.10.157', '--to', '10.11.0.1'], dir)
      expect(r.code).toBe(1)
      expect(r.out.split('\n')[0]).toBe('NOT REACHABLE: workload i-06ba034d88c84ef07 (10.10.10.157) → 10.11.0.1 (private; no network in the design holds it) (any protocol)')
      expect(r.out).not.toContain('igw-public-address')
      expect(r.out).toContain('  fix:  no network in the design holds 10.11.0.1: add the VPC or on-premises network that owns it (and a route to it), or check the address\n')
    })

    it('calls an address of two overlapping peers ambiguous and routes neither /16', async () => {
      const dir = await imported('test-vpc-peering')
      const r = await cli(['reach', 'd.netdraft.json', '--from', '10.10.10.157', '--to', '192.168.100.1'], dir)
      expect(r.code).toBe(1)
      expect(r.out.split('\n')[0]).toContain('→ 192.168.100.1 (ambiguous: in vpc-00a31ce9d0c06675c and vpc-09095dbf2886404ee)')
      expect(r.out).toContain('  rule: peering-overlapping-peers\n')
      expect(r.out).toContain('a route sends it to only one of them: route a block more specific than 192.168.0.0/16')
      expect(r.out).toContain('(pcx-0b89b559e3319d6cf for vpc-00a31ce9d0c06675c, pcx-0d5b836985ac8ca8c for vpc-09095dbf2886404ee)')
    })

    it('names S3 as the destination of an address in its prefix list', async () => {
      const dir = await imported('test-vpc-endpoint-gateway')
      const r = await cli(['reach', 'd.netdraft.json', '--from', 'i-01c6c0647fdccc89e', '--to', '52.216.237.77', '--port', '443', '--protocol', 'tcp'], dir)
      expect(r.code).toBe(0)
      expect(r.out.split('\n')[0]).toBe('REACHABLE: workload i-01c6c0647fdccc89e (10.1.101.36) → 52.216.237.77 (s3, in prefix list pl-63a5400a) (tcp 443)')
      expect(r.out).toContain('accept  awsService s3')
    })
  })
})
