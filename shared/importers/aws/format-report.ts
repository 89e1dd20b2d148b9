import type { ImportError, ImportReport, ReportEntry } from './types'

/** The report as text: counts per kind, then each list with file and JSON path. */
export function formatReport(report: ImportReport): string {
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
  return `${lines.join('\n')}\n`
}

/** `file:line:column: message (at $.path)` for one import error. */
export function formatImportError(e: ImportError): string {
  const where = [e.file, e.line, e.column].filter((x) => x !== undefined).join(':')
  return `${where}: ${e.message}${e.path && e.path !== '$' ? ` (at ${e.path})` : ''}`
}
