import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { kindNames, kinds, labelOf } from '.'
import { loadProject } from '../load'

const kindFiles = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')

describe('kinds registry', () => {
  it.each(kindFiles)('%s is registered in kinds/index.ts under its own kind name', (file) => {
    const kebab = file.replace(/\.ts$/, '')
    const camel = kebab.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    expect(kindNames).toContain(camel)
    expect(kinds[camel as keyof typeof kinds].kind).toBe(camel)
  })

  it('has one file per registered kind', () => {
    expect(kindFiles.length).toBe(kindNames.length)
  })

  it('only refers to kinds that exist', () => {
    const doc = JSON.parse(readFileSync(path.resolve(__dirname, '../../../examples/hub-and-spoke.netdraft.json'), 'utf8'))
    const r = loadProject(JSON.stringify(doc))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    for (const res of r.project.resources) {
      for (const site of kinds[res.kind].refs(res as never)) for (const k of site.kinds) expect(kindNames).toContain(k)
      expect(labelOf(res)).toMatch(/\S/)
    }
  })

  it('gives every kind a title', () => {
    for (const k of kindNames) expect(kinds[k].title).toMatch(/^[A-Z]/)
  })
})
