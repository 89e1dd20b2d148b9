import { describe, expect, it } from 'vitest'
import { type Migration, migrate, migrations } from './migrations'
import { CURRENT_FORMAT_VERSION } from './project'

/** Wraps steps so a test fails if any of them touches the caller's input. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen)
    Object.freeze(value)
  }
  return value
}

describe('released migrations', () => {
  it('form a chain from version 1 to the current version, with unique ids', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_FORMAT_VERSION - 1 }, (_, i) => i + 1))
    expect(new Set(migrations.map((m) => m.id)).size).toBe(migrations.length)
  })
  it.each(migrations.map((m) => [m.id, m] as const))('step %s never mutates its input', (_, step) => {
    const input = frozen({ formatVersion: step.from, name: 'x', resources: [] })
    expect(() => migrate(input, [step], step.from + 1)).not.toThrow()
  })
})

describe('migrate (the runner)', () => {
  const steps: Migration[] = [
    { id: '2-rename-title', from: 1, up: (d) => { d.name = d.title; delete d.title } },
    { id: '3-add-suppressions', from: 2, up: (d) => { d.suppressions = [] } },
  ]

  it('applies each step in order and records which ran', () => {
    const r = migrate({ formatVersion: 1, title: 'x' }, steps, 3)
    expect(r).toEqual({ ok: true, doc: { formatVersion: 3, name: 'x', suppressions: [] }, applied: ['2-rename-title', '3-add-suppressions'] })
  })

  it('starts from the file version', () => {
    const r = migrate({ formatVersion: 2, name: 'x' }, steps, 3)
    expect(r.ok && r.applied).toEqual(['3-add-suppressions'])
  })

  it('never mutates the input, even when steps edit deeply', () => {
    const input = frozen({ formatVersion: 1, title: 'x', nested: { a: [1] } })
    const r = migrate(input, [...steps, { id: '4-deep', from: 3, up: (d) => { (d.nested as { a: number[] }).a.push(2) } }], 4)
    expect(r.ok).toBe(true)
    expect(input).toEqual({ formatVersion: 1, title: 'x', nested: { a: [1] } })
  })

  it('refuses newer versions, missing steps and non-versions', () => {
    expect(migrate({ formatVersion: 4 }, steps, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/newer Netdraft/) })
    expect(migrate({ formatVersion: 1 }, [steps[1]], 3)).toMatchObject({ ok: false, message: 'no migration from format version 1 to 2' })
    expect(migrate({ formatVersion: '1' }, steps, 3).ok).toBe(false)
    expect(migrate({}, steps, 3).ok).toBe(false)
  })
})
