import type { Project } from '../model/project'
import { ProjectIndex } from '../model/project-index'
import { ValidationIndexes } from './indexes'
import {
  type Diagnostic,
  type ReportInput,
  type Rule,
  type RuleRegistry,
  type Severity,
  type SuppressedDiagnostic,
  formatMessage,
  severityRank,
} from './rule'
import { rules as allRules } from './rules'

export interface ValidateOptions {
  /** Rules to run; the whole registry by default (the rule tester passes one). */
  readonly rules?: RuleRegistry | readonly Rule[]
  /** Drop diagnostics less serious than this ('warning' keeps errors and warnings). */
  readonly minSeverity?: Severity
  /** An index already built for this project (the editor shares one with layout). */
  readonly index?: ProjectIndex
}

export interface ValidationResult {
  /** Findings still open, ordered by resource (file order), then rule id, field and message. */
  readonly diagnostics: Diagnostic[]
  /** Findings the design accepted through `project.suppressions`, in the same order, with the reason. */
  readonly suppressed: SuppressedDiagnostic[]
}

/**
 * Runs every rule over one project. Rules share one ProjectIndex and one ValidationIndexes, so each
 * index is built at most once per run. Output is deterministic: same project, same diagnostics,
 * same order.
 */
export function validate(project: Project, options: ValidateOptions = {}): ValidationResult {
  const index = options.index ?? new ProjectIndex(project)
  const indexes = new ValidationIndexes(index)
  const selected = options.rules ?? allRules
  const list: readonly Rule[] = Array.isArray(selected) ? selected : Object.values(selected as RuleRegistry)
  const found: Diagnostic[] = []
  const seen = new Set<string>()

  for (const rule of list) {
    const report = (input: ReportInput) => {
      const d = toDiagnostic(rule, input, index)
      const key = `${d.ruleId}\u0000${d.resourceId}\u0000${d.field ?? ''}\u0000${d.message}`
      if (seen.has(key)) return
      seen.add(key)
      found.push(d)
    }
    try {
      rule.check({ index, indexes, report })
    } catch (e) {
      throw new Error(`rule ${rule.id} failed on project "${project.name}": ${(e as Error).message}`, { cause: e })
    }
  }

  const minRank = severityRank[options.minSeverity ?? 'info']
  const kept = found.filter((d) => severityRank[d.severity] <= minRank)
  const position = kept.length < 2 ? new Map<string, number>() : positions(project, kept)
  const ordered = kept.sort((a, b) => compare(a, b, position))

  const reasons = new Map(project.suppressions.map((s) => [`${s.rule}\u0000${s.resource}`, s.reason]))
  const diagnostics: Diagnostic[] = []
  const suppressed: SuppressedDiagnostic[] = []
  for (const d of ordered) {
    const reason = reasons.get(`${d.ruleId}\u0000${d.resourceId}`)
    if (reason === undefined) diagnostics.push(d)
    else suppressed.push({ ...d, reason })
  }
  return { diagnostics, suppressed }
}

/** True when at least one open diagnostic is an error (the CLI exits 1). */
export function hasErrors(result: ValidationResult): boolean {
  return result.diagnostics.some((d) => d.severity === 'error')
}

function toDiagnostic(rule: Rule, input: ReportInput, index: ProjectIndex): Diagnostic {
  const template = rule.messages[input.messageId]
  if (template === undefined) throw new Error(`reported unknown messageId "${input.messageId}"`)
  if (!index.get(input.target)) throw new Error(`reported on unknown resource "${input.target}"`)
  const related = (input.related ?? []).filter((id) => id !== input.target)
  return {
    ruleId: rule.id,
    messageId: input.messageId,
    severity: input.severity ?? rule.meta.severity,
    message: formatMessage(template, input.data),
    resourceId: input.target,
    resourceIds: [input.target, ...new Set(related)],
    ...(input.field !== undefined ? { field: input.field } : {}),
    ...(input.fix !== undefined ? { fix: { description: input.fix } } : {}),
  }
}

/** File position of each resource a diagnostic names; built only for those, since designs can be large. */
function positions(project: Project, diagnostics: readonly Diagnostic[]): Map<string, number> {
  const wanted = new Set(diagnostics.map((d) => d.resourceId))
  const position = new Map<string, number>()
  project.resources.forEach((r, i) => {
    if (wanted.has(r.id)) position.set(r.id, i)
  })
  return position
}

function compare(a: Diagnostic, b: Diagnostic, position: Map<string, number>): number {
  return (
    (position.get(a.resourceId) ?? 0) - (position.get(b.resourceId) ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.field ?? '', b.field ?? '') ||
    cmp(a.message, b.message)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
