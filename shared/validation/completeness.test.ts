import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { rules } from './rules'
import { rulesReadme } from './test-helpers/rules-readme'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
const rulesDir = path.join(here, 'rules')
const docsDir = path.join(repoRoot, 'docs/rules')
const cataloguePath = path.resolve(repoRoot, '../shared/aws-network-rules.md')
const registered = Object.keys(rules)
const ruleFiles = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort()

/** Required H2s of a rule page, in order; "Notes" may follow them. */
const OUTLINE = ['What it checks', 'Why AWS enforces it', 'Example', 'How to fix']

/** Ids of the catalogue: every bullet that starts with a bold code span, e.g. - **`rt-blackhole`** · warning. */
export function catalogueIds(markdown: string): string[] {
  return [...markdown.matchAll(/^- \*\*`([a-z0-9-]+)`\*\*/gm)].map((m) => m[1])
}

describe('rules completeness', () => {
  it('lists the index alphabetically, with each rule under its own id', () => {
    expect(registered, 'shared/validation/rules/index.ts must list ids alphabetically').toEqual([...registered].sort())
    const misnamed = Object.entries(rules).filter(([id, r]) => r.id !== id).map(([id, r]) => `index key ${id} holds rule ${r.id}`)
    expect(misnamed).toEqual([])
  })

  it('has a module, a test and a doc page for every rule, and an index line for every module', () => {
    const gaps: string[] = []
    for (const id of ruleFiles) {
      if (!registered.includes(id)) gaps.push(`${id}: add one line to shared/validation/rules/index.ts`)
    }
    for (const id of registered) {
      if (!ruleFiles.includes(id)) gaps.push(`${id}: shared/validation/rules/${id}.ts is missing (the index names it)`)
      if (!existsSync(path.join(rulesDir, `${id}.test.ts`))) gaps.push(`${id}: write shared/validation/rules/${id}.test.ts`)
      if (!existsSync(path.join(docsDir, `${id}.md`))) gaps.push(`${id}: write docs/rules/${id}.md`)
    }
    expect(gaps).toEqual([])
  })

  it('tests each rule through the rule tester, which demands valid and invalid cases', () => {
    // A test file that exists but does not run its own rule through ruleTester proves nothing.
    const gaps: string[] = []
    for (const id of registered) {
      const file = path.join(rulesDir, `${id}.test.ts`)
      if (!existsSync(file)) continue
      const text = readFileSync(file, 'utf8')
      const imported = new RegExp(`^import (\\w+) from '\\./${id}'$`, 'm').exec(text)?.[1]
      if (!imported) gaps.push(`${id}.test.ts: import the rule with: import rule from './${id}'`)
      else if (!new RegExp(`\\bruleTester\\(${imported},`).test(text)) gaps.push(`${id}.test.ts: run the rule with ruleTester(${imported}, { valid, invalid })`)
    }
    expect(gaps).toEqual([])
  })

  it('gives every doc page the title and the fixed outline', () => {
    const gaps: string[] = []
    for (const id of registered) {
      const file = path.join(docsDir, `${id}.md`)
      if (!existsSync(file)) continue
      const text = readFileSync(file, 'utf8')
      if (!text.startsWith(`# ${id}\n`)) gaps.push(`docs/rules/${id}.md: first line must be "# ${id}"`)
      const h2 = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim())
      const want = h2.includes('Notes') ? [...OUTLINE, 'Notes'] : OUTLINE
      if (JSON.stringify(h2) !== JSON.stringify(want)) gaps.push(`docs/rules/${id}.md: H2s are [${h2.join(', ')}], expected [${want.join(', ')}]`)
      if (!text.includes(`Severity: ${rules[id as keyof typeof rules].meta.severity}`)) gaps.push(`docs/rules/${id}.md: state "Severity: ${rules[id as keyof typeof rules].meta.severity}"`)
    }
    expect(gaps).toEqual([])
  })

  it('keeps docs/rules/README.md in step with the index', () => {
    const readme = path.join(docsDir, 'README.md')
    const actual = existsSync(readme) ? readFileSync(readme, 'utf8') : ''
    expect(actual, 'run: npx tsx shared/validation/test-helpers/write-rules-readme.ts').toBe(rulesReadme(rules))
  })

  it('implements every id of the AWS rule catalogue, and nothing the catalogue lacks', () => {
    expect(existsSync(cataloguePath), `catalogue not found at ${cataloguePath}`).toBe(true)
    const ids = catalogueIds(readFileSync(cataloguePath, 'utf8'))
    expect(ids.length).toBeGreaterThan(50)
    const missing = ids.filter((id) => !registered.includes(id))
    const extra = registered.filter((id) => !ids.includes(id))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })
})
