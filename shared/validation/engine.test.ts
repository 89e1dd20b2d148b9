import { describe, expect, it } from 'vitest'
import { validate, hasErrors } from './engine'
import { defineRule } from './rule'
import { generateDesign } from '../../scripts/generator/generate'
import { rules } from './rules'
import { design } from './test-helpers/design'

const perVpc = defineRule({
  id: 'test-per-vpc',
  meta: { severity: 'warning', title: 'test', appliesTo: ['vpc'], docs: 'https://example.invalid' },
  messages: { seen: 'VPC {{name}} seen', bad: 'VPC {{name}} is bad' },
  check({ index, report }) {
    for (const vpc of [...index.all('vpc')].reverse()) {
      report({ messageId: 'seen', target: vpc.id, data: { name: vpc.name }, severity: 'info' })
      if (vpc.name.startsWith('bad')) report({ messageId: 'bad', target: vpc.id, data: { name: vpc.name }, severity: 'error', related: [vpc.account, vpc.id], fix: 'rename it' })
    }
  },
})
const another = defineRule({
  id: 'a-first-rule',
  meta: { severity: 'warning', title: 'test', appliesTo: ['vpc'], docs: 'https://example.invalid' },
  messages: { twice: 'reported twice' },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) for (let i = 0; i < 2; i++) report({ messageId: 'twice', target: vpc.id })
  },
})

const project = design().vpc('bad-b', '10.1.0.0/16').vpc('ok-a', '10.0.0.0/16').build()

describe('validate', () => {
  it('orders by resource position in the file, then rule id, and drops exact duplicates', () => {
    const { diagnostics } = validate(project, { rules: [perVpc, another] })
    expect(diagnostics.map((d) => `${d.resourceId} ${d.ruleId} ${d.messageId}`)).toEqual([
      'bad-b a-first-rule twice',
      'bad-b test-per-vpc bad',
      'bad-b test-per-vpc seen',
      'ok-a a-first-rule twice',
      'ok-a test-per-vpc seen',
    ])
  })

  it('fills the message, lists the subject first among involved resources, and carries the fix', () => {
    const bad = validate(project, { rules: [perVpc] }).diagnostics.find((d) => d.messageId === 'bad')!
    expect(bad).toEqual({
      ruleId: 'test-per-vpc',
      messageId: 'bad',
      severity: 'error',
      message: 'VPC bad-b is bad',
      resourceId: 'bad-b',
      resourceIds: ['bad-b', 'acct'],
      fix: { description: 'rename it' },
    })
  })

  it('moves suppressed diagnostics apart with their reason, never dropping them', () => {
    const p = design().vpc('bad-b', '10.1.0.0/16').suppress('test-per-vpc', 'bad-b', 'legacy VPC, migrating in Q3').build()
    const result = validate(p, { rules: [perVpc] })
    expect(result.diagnostics).toEqual([])
    expect(result.suppressed.map((d) => [d.messageId, d.reason])).toEqual([
      ['bad', 'legacy VPC, migrating in Q3'],
      ['seen', 'legacy VPC, migrating in Q3'],
    ])
    expect(hasErrors(result)).toBe(false)
  })

  it('filters by minimum severity', () => {
    const result = validate(project, { rules: [perVpc, another], minSeverity: 'warning' })
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning', 'error', 'warning'])
    expect(hasErrors(result)).toBe(true)
  })

  it('names the rule when one throws or reports an unknown message id', () => {
    const broken = defineRule({ ...another, id: 'broken', check: ({ report }) => report({ messageId: 'nope', target: 'ok-a' }) })
    expect(() => validate(project, { rules: [broken] })).toThrow(/rule broken failed.*unknown messageId "nope"/)
  })

  it('runs the whole registry by default on an empty design without findings', () => {
    expect(validate(design().build())).toEqual({ diagnostics: [], suppressed: [] })
  })
})

describe('validate on a generated design', () => {
  const generated = generateDesign({ vpcs: 60, seed: 7 })

  it('is deterministic, whatever the order rules run in', () => {
    const forward = validate(generated)
    const backward = validate(generated, { rules: Object.values(rules).reverse() })
    expect(backward).toEqual(forward)
  })

  it('finds no error in a well-formed design (no false positives at scale)', () => {
    const errors = validate(generated).diagnostics.filter((d) => d.severity === 'error')
    expect(errors.map((d) => `${d.ruleId} ${d.resourceId}: ${d.message}`)).toEqual([])
  })
})
