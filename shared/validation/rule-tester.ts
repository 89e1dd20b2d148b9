import { describe, expect, it } from 'vitest'
import type { Project } from '../model/project'
import { validate } from './engine'
import type { Diagnostic, Rule, Severity } from './rule'

/** A design the rule must accept without any diagnostic. Make it a near-miss of an invalid case. */
export interface ValidCase {
  readonly name: string
  readonly project: Project
}

/** What one expected diagnostic must match; omitted fields are not checked. */
export interface ExpectedDiagnostic {
  readonly messageId: string
  readonly target: string
  readonly field?: string
  readonly severity?: Severity
  /** Resources that must appear among the diagnostic's involved resources. */
  readonly related?: readonly string[]
  /** Substring or pattern the rendered message must contain. */
  readonly message?: string | RegExp
  /** Whether a fix must be offered. */
  readonly hasFix?: boolean
  /** Substring or pattern the fix must contain (implies one is offered). */
  readonly fix?: string | RegExp
}

/** A design the rule must flag with exactly these diagnostics, in engine order. */
export interface InvalidCase {
  readonly name: string
  readonly project: Project
  readonly errors: readonly ExpectedDiagnostic[]
}

/** Runs one rule alone over a project, the way the engine runs it (suppressions applied). */
export function runRule(rule: Rule, project: Project): Diagnostic[] {
  return validate(project, { rules: [rule] }).diagnostics
}

/**
 * ESLint-style table test for one rule: every valid case yields no diagnostic, every invalid case
 * exactly the listed ones. Also checks that messages have no unfilled `{{placeholders}}`.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0)
      expect(cases.invalid.length).toBeGreaterThan(0)
    })
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.project).map(summary)).toEqual([])
      })
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = runRule(rule, c.project)
        expect(got.map(summary), 'diagnostic count').toHaveLength(c.errors.length)
        c.errors.forEach((want, i) => matches(got[i], want))
      })
    }
  })
}

function matches(got: Diagnostic, want: ExpectedDiagnostic): void {
  const where = summary(got)
  expect(got.messageId, where).toBe(want.messageId)
  expect(got.resourceId, where).toBe(want.target)
  expect(got.message, where).not.toMatch(/\{\{/)
  if (want.field !== undefined) expect(got.field, where).toBe(want.field)
  if (want.severity !== undefined) expect(got.severity, where).toBe(want.severity)
  for (const id of want.related ?? []) expect(got.resourceIds, where).toContain(id)
  if (typeof want.message === 'string') expect(got.message, where).toContain(want.message)
  else if (want.message) expect(got.message, where).toMatch(want.message)
  if (want.hasFix !== undefined) expect(got.fix !== undefined, where).toBe(want.hasFix)
  if (typeof want.fix === 'string') expect(got.fix?.description, where).toContain(want.fix)
  else if (want.fix) expect(got.fix?.description, where).toMatch(want.fix)
}

function summary(d: Diagnostic): string {
  return `${d.severity} ${d.ruleId}/${d.messageId} ${d.resourceId}${d.field ? `.${d.field}` : ''}: ${d.message}`
}
