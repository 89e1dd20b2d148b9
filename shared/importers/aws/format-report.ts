import type { Project } from '../../model'
import type { ImportError, ImportReport, ReportEntry } from './types'

const natural = new Intl.Collator('en', { numeric: true })

/**
 * The report as text: counts per kind, then each list with file and JSON path. Given the imported
 * project, it ends with every resource and the input object it was made from, in input order.
 */
export function formatReport(report: ImportReport, project?: Project): string {
  const lines: string[] = [`Read ${report.files} files.`, 'Imported:']
  const kinds = Object.entries(report.imported).sort(([a], [b]) => (a < b ? -1 : 1))
  for (const [kind, count] of kinds) lines.push(`  ${kind.padEnd(28)} ${count}`)
  if (kinds.length === 0) lines.push('  nothing')
  const section = (title: string, entries: ReportEntry[]) => {
    if (entries.length === 0) return
    lines.push(`${title} (${entries.length}):`)
    for (const e of entries) lines.push(`  ${e.file} ${e.path}: ${e.item}: ${e.reason}`)
  }
  section('Skipped', report.skipped)
  section('Merged', report.merged)
  section('Assumed', report.assumptions)
  section('Not understood', report.notUnderstood)
  section('Ignored', report.ignored)
  if (project) {
    const made = project.resources.flatMap((r): ReportEntry[] => {
      const source = report.sources[r.id]
      return source ? [{ ...source, item: r.id, reason: r.name === r.id ? r.kind : `${r.kind} "${r.name}"` }] : []
    })
    made.sort((a, b) => natural.compare(a.file, b.file) || natural.compare(a.path, b.path) || natural.compare(a.item, b.item))
    section('Imported from', made)
  }
  return `${lines.join('\n')}\n`
}

/** `file:line:column: message (at $.path)` for one import error. */
export function formatImportError(e: ImportError): string {
  const where = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':')
  return `${where}: ${e.message}${e.path && e.path !== '$' ? ` (at ${e.path})` : ''}`
}
