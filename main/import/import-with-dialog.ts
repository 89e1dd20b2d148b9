import path from 'node:path'
import { formatImportError, formatReport } from '../../shared/importers/aws'
import type { ImportReport } from '../../shared/importers/aws'
import type { Failure } from '../../shared/ipc/contract'
import { writeFileAtomic } from '../project/atomic-write'
import type { DesktopPort } from '../windows/desktop-port'
import type { Workspace } from '../windows/workspace'
import { importAwsFolder } from './import-aws-folder'

/** How many report lines the summary box shows; the rest is one click away in the saved report. */
const SUMMARY_LINES = 25
const ERRORS_SHOWN = 10

export type ImportOutcome = { ok: true; windowId: number } | Failure

/**
 * File ▸ Import ▸ AWS describe output…: main asks for the folder, reads and maps it, and opens the
 * design as unsaved work (nothing is written until the user saves it). Malformed input imports
 * nothing and comes back as a failure naming file, line and column.
 */
export async function importAwsWithDialog(workspace: Workspace, desktop: DesktopPort, fromWindow: number | null): Promise<ImportOutcome> {
  const dir = await desktop.showFolderDialog(fromWindow, 'Import AWS describe output')
  if (dir === null) return { ok: false, code: 'cancelled', message: 'no folder chosen' }
  const result = await importAwsFolder(dir, { name: path.basename(dir) })
  if (!result.ok) {
    const lines = result.errors.slice(0, ERRORS_SHOWN).map((e) => (e.file === dir ? e.message : formatImportError(e)))
    if (result.errors.length > ERRORS_SHOWN) lines.push(`… and ${result.errors.length - ERRORS_SHOWN} more`)
    return { ok: false, code: 'invalid', message: `Nothing was imported from ${dir}:\n${lines.join('\n')}` }
  }
  const windowId = workspace.openUnsaved(result.project, fromWindow, false)
  const report = formatReport(result.report)
  const answer = await desktop.showImportSummary(windowId, importSummary(result.project.resources.length, result.report), truncate(report))
  if (answer === 'save') {
    const target = await desktop.showSaveDialog(windowId, 'report', `${path.basename(dir)}-import-report.txt`)
    if (target !== null) {
      await writeFileAtomic(target, report).catch((e: unknown) => desktop.showError(windowId, 'Could not save the import report', (e as Error).message))
    }
  }
  return { ok: true, windowId }
}

export function importSummary(resources: number, report: ImportReport): string {
  const n = (count: number, what: string) => `${count} ${what}`
  return `Imported ${n(resources, 'resources')} from ${n(report.files, 'files')}: ${n(report.skipped.length, 'skipped')}, ${n(report.merged.length, 'merged')}, ${n(report.notUnderstood.length, 'not understood')}. The design is not saved yet.`
}

function truncate(report: string): string {
  const lines = report.trimEnd().split('\n')
  if (lines.length <= SUMMARY_LINES) return lines.join('\n')
  return [...lines.slice(0, SUMMARY_LINES), `… ${lines.length - SUMMARY_LINES} more lines in the full report`].join('\n')
}
