import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type LoadResult, loadProject, projectSchema, serializeProject } from '../../shared/model'
import { sampleProject } from './test-support'

const examplesDir = path.resolve(__dirname, '../../examples')
const seeds: [string, string][] = [
  ['sample', serializeProject(sampleProject())],
  ...readdirSync(examplesDir)
    .filter((f) => f.endsWith('.netdraft.json'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(path.join(examplesDir, f), 'utf8')]),
]

/** Every result is either a project that passes the schema or a non-empty list of well-formed problems. */
function expectStructured(result: LoadResult): void {
  if (result.ok) {
    expect(projectSchema.safeParse(result.project).success).toBe(true)
    return
  }
  expect(result.problems.length).toBeGreaterThan(0)
  for (const p of result.problems) {
    expect(typeof p.message).toBe('string')
    expect(p.path.startsWith('$')).toBe(true)
  }
}

/** Paths to every value inside a JSON document, so a mutation can replace any one of them. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix]
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])))
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])))
  return here
}

function replaceAt(doc: unknown, at: (string | number)[], next: unknown): unknown {
  if (at.length === 0) return next
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>
  let node = copy
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[at[at.length - 1]] = next
  return copy
}

describe.each(seeds)('loadProject on mutations of %s', (_name, text) => {
  const doc = JSON.parse(text) as unknown
  const paths = pathsOf(doc)

  it('the seed itself loads', () => {
    expect(loadProject(text).ok).toBe(true)
  })

  it('never throws when a value anywhere is replaced by any JSON value', () => {
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.jsonValue({ maxDepth: 3 }), (i, value) => {
        expectStructured(loadProject(JSON.stringify(replaceAt(doc, paths[i], value), null, 2)))
      }),
      { numRuns: 150, seed: 7 },
    )
  })

  it('never throws when a value is removed or a reference is pointed at another id', () => {
    const ids = (doc as { resources?: { id: string }[] }).resources?.map((r) => r.id) ?? []
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.constantFrom(undefined, ...ids), (i, id) => {
        // Replacing the root with undefined serializes to nothing at all: an empty file.
        expectStructured(loadProject(JSON.stringify(replaceAt(doc, paths[i], id), null, 2) ?? ''))
      }),
      { numRuns: 150, seed: 11 },
    )
  })

  it('never throws on truncated, spliced or byte-flipped text', () => {
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(200), fc.string({ maxLength: 20 }), (at, cut, insert) => {
        expectStructured(loadProject(text.slice(0, at)))
        expectStructured(loadProject(text.slice(0, at) + insert + text.slice(at + cut)))
      }),
      { numRuns: 150, seed: 13 },
    )
  })
})
