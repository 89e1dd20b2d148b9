import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../main/cli/run'
import type { ReachAnswer } from '../shared/reachability'
import { awsDataDir, snapshots } from './helpers/aws-data'
import { flows } from './helpers/batfish-flows'

/** The README flows end to end: `netdraft import aws` then `netdraft reach --json` on the written file. */
let cwd: string
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), 'netdraft-batfish-'))
  for (const name of snapshots) {
    const code = await runCli(['import', 'aws', path.join(awsDataDir, name), '-o', `${name}.netdraft.json`], { out: () => {}, err: (t) => console.error(t), cwd })
    if (code !== 0) throw new Error(`import of ${name} failed`)
  }
})
afterAll(() => rm(cwd, { recursive: true, force: true }))

const linkHops = new Set(['peeringConnection', 'awsService', 'internet'])

describe('netdraft reach on imported Batfish snapshots', () => {
  it.each(flows.map((f) => [`${f.snapshot}: ${f.name}`, f] as const))('%s', async (_label, f) => {
    // Batfish's protocol-less flow: tcp/80, which no security group of these snapshots allows (see import-batfish-flows.test.ts).
    const flow = f.flow ?? { protocol: 'tcp', port: 80 }
    let out = ''
    const code = await runCli(['reach', `${f.snapshot}.netdraft.json`, '--from', f.from, '--to', f.to, '--protocol', flow.protocol!, '--port', String(flow.port), '--json'], { out: (t) => (out += t), err: () => {}, cwd })
    const answer = JSON.parse(out) as ReachAnswer
    expect(answer.forward.filter((h) => !linkHops.has(h.kind)).map((h) => h.id)).toEqual(f.path)
    expect(code).toBe(f.verdict === 'ACCEPTED' ? 0 : 1)
    expect(answer.reachable).toBe(f.verdict === 'ACCEPTED')
    const last = f.path.at(-1)
    if (f.verdict === 'DENIED_IN') {
      // Routing delivers; the destination's inbound security group is what drops it.
      expect(answer.forward.at(-1)).toMatchObject({ id: last, decision: 'accept' })
      expect(answer.security.checks.filter((c) => c.direction === 'forward' && c.decision !== 'allow')).toEqual([expect.objectContaining({ layer: 'securityGroup', rules: 'in', at: last, decision: 'deny' })])
    } else if (f.verdict !== 'ACCEPTED') {
      expect(answer.failure).toMatchObject({ direction: 'forward', hop: { id: last, decision: 'drop' } })
    } else {
      expect(answer.return.filter((h) => !linkHops.has(h.kind)).map((h) => h.id)).toEqual([...f.path].reverse())
    }
  })
})
