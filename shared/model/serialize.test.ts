import { describe, expect, it } from 'vitest'
import { generateDesign } from '../../scripts/generator/generate'
import { loadProject } from './load'
import { emptyProject } from './project'
import { serializeProject } from './serialize'

describe('serializeProject', () => {
  it('writes two-space JSON with a trailing newline and the schema reference first', () => {
    const text = serializeProject(emptyProject('x'))
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toMatch(/^ {2}"\$schema": "https:\/\//)
    expect(text.split('\n')[2]).toBe('  "formatVersion": 1,')
  })

  it('does not depend on the order resources were added in', () => {
    const p = generateDesign({ vpcs: 5, seed: 3 })
    const shuffled = { ...p, resources: [...p.resources].reverse() }
    expect(serializeProject(shuffled)).toBe(serializeProject(p))
  })

  it('round-trips: load(serialize(p)) serializes to the same text', () => {
    const text = serializeProject(generateDesign({ vpcs: 12, seed: 9 }))
    const r = loadProject(text)
    expect(r.ok && serializeProject(r.project)).toBe(text)
  })

  it('changes only the renamed line when a resource is renamed', () => {
    const p = generateDesign({ vpcs: 3, seed: 1 })
    const before = serializeProject(p).split('\n')
    const renamed = { ...p, resources: p.resources.map((r) => (r.id === 'vpc-0001-private-a' ? { ...r, name: 'renamed' } : r)) }
    const after = serializeProject(renamed).split('\n')
    expect(after.length).toBe(before.length)
    expect(after.filter((l, i) => l !== before[i])).toEqual(['      "name": "renamed",'])
  })
})
