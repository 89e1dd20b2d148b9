import type { Kind } from '../model/kinds'
import type { ProjectIndex } from '../model/project-index'
import type { ValidationIndexes } from './indexes'

export type Severity = 'error' | 'warning' | 'info'

/** A suggested change, in words and, where it is mechanical, as data the editor can apply. */
export interface Fix {
  /** "Add route 10.2.0.0/16 → pcx-bc in rtb-c-private". */
  readonly description: string
}

/** One finding: what is wrong, where, and how to fix it. Plain data: the CLI prints it as JSON. */
export interface Diagnostic {
  readonly ruleId: string
  /** Key of the rule's `messages` the message was built from; tests assert on it. */
  readonly messageId: string
  readonly severity: Severity
  /** A sentence a person understands without the docs, naming resources and values. */
  readonly message: string
  /** The resource the diagnostic is about (the one to badge and select). */
  readonly resourceId: string
  /** Every resource involved, the subject first. */
  readonly resourceIds: readonly string[]
  /** The field at fault inside the subject resource, as a JSON path such as `routes[2].destination`. */
  readonly field?: string
  readonly fix?: Fix
}

export interface ReportInput {
  /** Key of the rule's `messages`. */
  readonly messageId: string
  readonly data?: Readonly<Record<string, string | number>>
  /** The subject resource id. */
  readonly target: string
  /** Other resources involved. */
  readonly related?: readonly string[]
  readonly field?: string
  /** Overrides the rule's severity for this report (rules whose catalogue entry says "error / warning"). */
  readonly severity?: Severity
  readonly fix?: string
}

export interface RuleContext {
  readonly index: ProjectIndex
  /** Indexes shared by all rules of one run, each built on first use. */
  readonly indexes: ValidationIndexes
  report(input: ReportInput): void
}

export interface RuleMeta {
  readonly severity: Severity
  /** Short title for lists: "Peered VPCs must not overlap". */
  readonly title: string
  readonly appliesTo: readonly Kind[]
  /** AWS documentation page the rule follows. */
  readonly docs: string
}

export interface Rule {
  readonly id: string
  readonly meta: RuleMeta
  /** Message templates with `{{name}}` placeholders filled from a report's data. */
  readonly messages: Readonly<Record<string, string>>
  readonly check: (context: RuleContext) => void
}

/** Diagnostics the design accepted (a matching suppression), with the reason it gave. */
export interface SuppressedDiagnostic extends Diagnostic {
  readonly reason: string
}

/** The rules index: id → rule. */
export type RuleRegistry = Readonly<Record<string, Rule>>

/** Severities from most to least serious; `atLeast(d, 'warning')` keeps errors and warnings. */
export const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/** Declares a rule; the identity function that keeps the literal's types. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule
}

/** Fills `{{name}}` placeholders; an unknown name is left visible so a test catches it. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  const parts = compiled(template)
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) {
    const { key, whole } = parts[i] as Placeholder
    out += (key in data ? String(data[key]) : whole) + (parts[i + 1] as string)
  }
  return out
}

interface Placeholder {
  readonly key: string
  /** The placeholder as written, kept when the data lacks the key. */
  readonly whole: string
}

/** Templates split once into text and placeholders (alternating, text first and last): every diagnostic fills one. */
const templates = new Map<string, readonly (string | Placeholder)[]>()

function compiled(template: string): readonly (string | Placeholder)[] {
  let parts = templates.get(template)
  if (!parts) {
    const list: (string | Placeholder)[] = []
    const placeholder = /\{\{\s*(\w+)\s*\}\}/g
    let last = 0
    for (let m = placeholder.exec(template); m !== null; m = placeholder.exec(template)) {
      list.push(template.slice(last, m.index), { key: m[1], whole: m[0] })
      last = m.index + m[0].length
    }
    list.push(template.slice(last))
    templates.set(template, (parts = list))
  }
  return parts
}
