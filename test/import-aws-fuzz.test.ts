import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ImportFile, importAwsDescribe } from '../shared/importers/aws'
import { readSnapshot, snapshots } from './helpers/aws-data'

/** Values real describe-* output could hold in the wrong place: wrong types, bad CIDRs, dead states, ids of other objects. */
const junk = fc.constantFrom(null, 1, -1, 'x', '', true, [], {}, '10.0.0.0/8', '10.0.0.0/33', 'vpc-065ea457071dd67bb', 'deleted', 99999999999, 'icmp', '-1', '50')

/** A copy of a JSON value where some nested fields are dropped or replaced (the top level stays an object). */
function mutate(value: unknown, picks: number[], depth = 0, at = { i: 0 }): unknown {
  if (Array.isArray(value)) return value.map((v) => mutate(v, picks, depth + 1, at))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const pick = picks[at.i++ % picks.length]
    if (depth > 0 && pick === 0) continue
    out[k] = depth > 0 && pick < 0 ? `__junk${-pick}` : mutate(v, picks, depth + 1, at)
  }
  return out
}

describe('importAwsDescribe on damaged snapshots', () => {
  it.each(snapshots)('%s: never throws; either imports a loadable design or names file and message', async (name) => {
    const files = await readSnapshot(name)
    const parsed = files.map((f) => ({ path: f.path, value: JSON.parse(f.text) as unknown }))
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -15, max: 300 }), { minLength: 50, maxLength: 200 }), fc.array(junk, { minLength: 16, maxLength: 16 }), (picks, junkValues) => {
        const damaged: ImportFile[] = parsed.map((f) => ({
          path: f.path,
          text: JSON.stringify(mutate(f.value, picks)).replace(/"__junk(\d+)"/g, (_m, n: string) => JSON.stringify(junkValues[Number(n)])),
        }))
        const r = importAwsDescribe(damaged)
        if (r.ok) return
        for (const e of r.errors) {
          expect(files.some((f) => f.path === e.file)).toBe(true)
          // "cannot import" means a mapper wrote something the model refuses: an importer bug, never input's fault.
          expect(e.message).not.toMatch(/^cannot import/)
        }
      }),
      { numRuns: 60, seed: 11 },
    )
  }, 60_000)
})
