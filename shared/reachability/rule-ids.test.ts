import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rules } from '../validation/rules'

const here = path.dirname(fileURLToPath(import.meta.url))
/** The one failure id that is not a catalogue rule: a reply with no route back (docs/reachability.md). */
const OWN_IDS = ['missing-return-route']
/** Prefixes of the catalogue's ids; a literal starting with one of them is meant as a rule id. */
const PREFIXES = ['vpc', 'subnet', 'rt', 'igw', 'natgw', 'eigw', 'peering', 'tgw', 'vpce', 'pl', 'vgw', 'vpn', 'dxgw', 'sg', 'nacl', 'filter', 'cost', 'missing']

describe('failure rule ids', () => {
  it('names only rules of the catalogue (each has docs/rules/<id>.md), so `rule:` lines lead somewhere', () => {
    const pattern = new RegExp(`'((?:${PREFIXES.join('|')})-[a-z0-9]+(?:-[a-z0-9]+)*)'`, 'g')
    const unknown: string[] = []
    let seen = 0
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(path.join(here, file), 'utf8').matchAll(pattern)) {
        seen++
        if (!(m[1] in rules) && !OWN_IDS.includes(m[1])) unknown.push(`${file}: ${m[1]}`)
      }
    }
    expect(seen).toBeGreaterThan(20)
    expect(unknown).toEqual([])
  })
})
