import type { Diagnostic, SuppressedDiagnostic } from '../../../shared/validation/rule'
import type { ValidationResult } from '../../../shared/validation/engine'

/** Version of the `validate --json` document; bump when a field changes meaning or disappears. */
export const VALIDATE_JSON_VERSION = 1

export interface Summary {
  errors: number
  warnings: number
  info: number
  suppressed: number
}

export function summarize(result: ValidationResult): Summary {
  const count = (s: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === s).length
  return { errors: count('error'), warnings: count('warning'), info: count('info'), suppressed: result.suppressed.length }
}

/** The stable JSON document of docs/cli-validate.md. */
export function validateJson(file: string, result: ValidationResult): string {
  const doc = {
    version: VALIDATE_JSON_VERSION,
    file,
    summary: summarize(result),
    diagnostics: result.diagnostics.map(plain),
    suppressed: result.suppressed.map((d) => ({ ...plain(d), reason: d.reason })),
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

function plain(d: Diagnostic) {
  return {
    severity: d.severity,
    ruleId: d.ruleId,
    messageId: d.messageId,
    resourceId: d.resourceId,
    resourceIds: d.resourceIds,
    field: d.field ?? null,
    message: d.message,
    fix: d.fix?.description ?? null,
  }
}

/** One line per diagnostic, `severity rule-id resource: message`, a blank line between resources. */
export function validateText(file: string, result: ValidationResult): string {
  const lines: string[] = []
  const width = Math.max(0, ...[...result.diagnostics, ...result.suppressed].map((d) => d.ruleId.length))
  // The field is left to --json: the message already names the value at fault.
  const line = (d: Diagnostic) => `${d.severity.padEnd(7)} ${d.ruleId.padEnd(width)} ${d.resourceId}: ${d.message}`
  let previous: string | undefined
  for (const d of result.diagnostics) {
    if (previous !== undefined && previous !== d.resourceId) lines.push('')
    lines.push(line(d))
    if (d.fix) lines.push(`${' '.repeat(8 + width + 1)}fix: ${d.fix.description}`)
    previous = d.resourceId
  }
  if (result.suppressed.length > 0) {
    if (lines.length > 0) lines.push('')
    lines.push('Accepted (suppressed in the design):')
    for (const d of result.suppressed as SuppressedDiagnostic[]) lines.push(`  ${line(d)}`, `  ${' '.repeat(8 + width + 1)}reason: ${d.reason}`)
  }
  const s = summarize(result)
  if (lines.length > 0) lines.push('')
  const found = s.errors + s.warnings + s.info
  lines.push(
    found === 0
      ? `${file}: no problems${s.suppressed ? ` (${s.suppressed} accepted)` : ''}`
      : `${file}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.info} info${s.suppressed ? `, ${s.suppressed} accepted` : ''}`,
  )
  return `${lines.join('\n')}\n`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
