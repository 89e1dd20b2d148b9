import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadProject } from './load'
import { serializeProject } from './serialize'

const root = path.resolve(__dirname, '../..')
const exampleFiles = readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.netdraft.json'))
const hub = readFileSync(path.join(root, 'examples/hub-and-spoke.netdraft.json'), 'utf8')

function problems(text: string) {
  const r = loadProject(text)
  if (r.ok) throw new Error('expected the load to fail')
  return r.problems
}

describe('loadProject', () => {
  it.each(exampleFiles)('loads examples/%s and saves it back byte for byte', (file) => {
    const text = readFileSync(path.join(root, 'examples', file), 'utf8')
    const r = loadProject(text)
    expect(r.ok).toBe(true)
    if (r.ok) expect(serializeProject(r.project)).toBe(text)
  })

  it('locates a truncated file at its end, with line and column', () => {
    const truncated = hub.slice(0, 2000)
    const [p] = problems(truncated)
    expect(p.code).toBe('syntax')
    expect(p.message).toMatch(/truncated/)
    const lines = truncated.split('\n')
    expect(p.line).toBe(lines.length)
    expect(p.column).toBeGreaterThan(0)
  })

  it('locates a syntax error in the middle of a file', () => {
    const [p] = problems('{\n  "formatVersion": 1,\n  "name": "x",,\n  "resources": []\n}\n')
    expect(p).toMatchObject({ code: 'syntax', line: 3, column: 15 })
  })

  it('refuses a file from a newer format version and says what to do', () => {
    const [p] = problems(JSON.stringify({ formatVersion: 99, name: 'x' }))
    expect(p.code).toBe('version')
    expect(p.message).toMatch(/version 99.*newer Netdraft/)
  })

  it('reports schema problems with the resource, the field and the line', () => {
    const text = hub.replace('"cidr": "10.1.0.0/16"', '"cidr": "10.1.0.0/99"')
    const [p] = problems(text)
    expect(p).toMatchObject({ code: 'schema', resourceId: 'vpc-prod-a', field: 'cidr', path: expect.stringMatching(/^\$\.resources\[\d+\]\.cidr$/) })
    expect(text.split('\n')[p.line! - 1]).toContain('10.1.0.0/99')
  })

  it('reports a dangling reference with the resource and the field', () => {
    const text = hub.replace('"routeTable": "vpc-prod-a-rt-private"', '"routeTable": "rtb-missing"')
    const found = problems(text)
    expect(found[0]).toMatchObject({ code: 'reference', resourceId: 'vpc-prod-a-private-a', field: 'routeTable' })
    expect(found[0].message).toContain('"rtb-missing", which does not exist')
  })

  it('reports a reference to a resource of the wrong kind', () => {
    const text = hub.replace('"routeTable": "vpc-prod-a-rt-private"', '"routeTable": "vpc-prod-a"')
    expect(problems(text)[0].message).toMatch(/points to vpc "vpc-prod-a", but must name a routeTable/)
  })

  it('reports duplicate ids', () => {
    const doc = JSON.parse(hub)
    doc.resources.push({ ...doc.resources[0] })
    expect(problems(JSON.stringify(doc)).some((p) => p.code === 'duplicate-id')).toBe(true)
  })

  it.each([['binary garbage', '\u0000\u0001\u00ff\u0002PNG'], ['an array', '[]'], ['a number', '42'], ['empty text', ''], ['null', 'null']])(
    'rejects %s with a structured problem',
    (_, text) => {
      expect(problems(text).length).toBeGreaterThan(0)
    },
  )

  it('accepts a byte-order mark', () => {
    expect(loadProject(`\ufeff${hub}`).ok).toBe(true)
  })
})
