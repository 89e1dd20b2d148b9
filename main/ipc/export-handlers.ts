import { access, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { invokeChannels } from '../../shared/ipc/channels'
import type { Failure } from '../../shared/ipc/contract'
import { loadProjectValue } from '../../shared/model'
import { writeFileAtomic } from '../project/atomic-write'
import { errnoOf } from '../project/fs-port'
import type { SaveDialogKind } from '../windows/desktop-port'
import type { HandlerDeps } from './deps'
import type { createHandle } from './handle'

type Handle = ReturnType<typeof createHandle>
type Written = { ok: true; fileName: string; savedAt: string } | Failure

/** Exports: the page renders the bytes, main asks where to put them and writes them; the page never names a path. */
export function registerExportHandlers(handle: Handle, { desktop, workspace }: HandlerDeps): void {
  const baseName = (senderId: number, suggested: string | undefined) => {
    const doc = workspace.get(senderId)
    const fromFile = doc?.path ? path.basename(doc.path).replace(/\.netdraft\.json$/i, '') : undefined
    return suggested ?? fromFile ?? doc?.project.name.replace(/[/\\:*?"<>|\0]+/g, '-') ?? 'network'
  }
  const writeOne = async (senderId: number, kind: SaveDialogKind, bytes: Uint8Array, suggested: string | undefined): Promise<Written> => {
    const name = baseName(senderId, suggested)
    const target = await desktop.showSaveDialog(senderId, kind, name.endsWith(`.${kind}`) ? name : `${name}.${kind}`)
    if (target === null) return { ok: false, code: 'cancelled', message: 'no file chosen' }
    return writeAll([[target, bytes]])
  }
  handle(invokeChannels.exportPng, async (req, { senderId }) => writeOne(senderId, 'png', req.bytes, req.suggestedName))
  handle(invokeChannels.exportPdf, async (req, { senderId }) => writeOne(senderId, 'pdf', req.bytes, req.suggestedName))
  handle(invokeChannels.exportTerraform, async (req, { senderId }) => {
    const generated = 'files' in req ? { ok: true as const, files: req.files } : await runTerraformExporter(req.project, req)
    if (!generated.ok) return generated
    const files = generated.files
    // The contract checked page-sent names; exporter names are checked too, a folder in one would be a bug.
    const names = Object.keys(files).sort()
    const odd = names.find((n) => path.basename(n) !== n || n.startsWith('.'))
    if (odd !== undefined) throw new Error(`the Terraform exporter produced an unsafe file name: ${odd}`)
    const folder = await desktop.showFolderDialog(senderId, 'Export Terraform to folder')
    if (folder === null) return { ok: false, code: 'cancelled', message: 'no folder chosen' }
    const existing = (await Promise.all(names.map(async (n) => ((await exists(path.join(folder, n))) ? n : null)))).filter((n): n is string => n !== null)
    // A .tf file left from an earlier export (a VPC since deleted) would still be planned.
    const stale = (await readdir(folder).catch(() => [])).filter((f) => f.endsWith('.tf') && !(f in files)).sort()
    if ((existing.length > 0 || stale.length > 0) && !(await desktop.askReplaceFiles(senderId, existing, stale))) {
      return { ok: false, code: 'cancelled', message: 'existing files kept' }
    }
    const written = await writeAll(names.map((n) => [path.join(folder, n), files[n]]))
    if (!written.ok) return written
    for (const f of stale) {
      try {
        await rm(path.join(folder, f))
      } catch (e) {
        return { ok: false, code: 'io', message: `wrote the export, but could not remove ${path.join(folder, f)} from an earlier export: ${errnoOf(e) ?? String(e)}` }
      }
    }
    return { ...written, fileName: path.basename(folder) }
  })
}

async function runTerraformExporter(
  project: unknown,
  options: { allowErrors: boolean; singleFile: boolean },
): Promise<{ ok: true; files: Readonly<Record<string, string | Uint8Array>> } | Failure> {
  const valid = loadProjectValue(project)
  if (!valid.ok) return { ok: false, code: 'invalid', message: `not exported: ${valid.problems[0].message}`, problems: valid.problems }
  // Loaded on first use: the exporters pull in the diagram and PDF code, which app start does not need.
  const [{ exporters }, { ExportBlockedError }] = await Promise.all([import('../../shared/exporters'), import('../../shared/exporters/terraform')])
  try {
    const output = await exporters.terraform.export(valid.project, options)
    if (output.kind !== 'directory') throw new Error('the Terraform exporter did not produce a folder of files')
    return { ok: true, files: output.files }
  } catch (e) {
    if (!(e instanceof ExportBlockedError)) throw e
    const problems = e.diagnostics.map((d) => ({ code: d.ruleId, message: d.message, path: '$', resourceId: d.resourceId, field: d.field }))
    return { ok: false, code: 'invalid', message: `not exported: the design has ${problems.length} validation error(s)`, problems }
  }
}

async function writeAll(files: [string, string | Uint8Array][]): Promise<Written> {
  for (const [file, data] of files) {
    try {
      await writeFileAtomic(file, data)
    } catch (e) {
      const code = errnoOf(e)
      const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : (code ?? String(e))
      return { ok: false, code: code === 'ENOSPC' ? 'disk-full' : 'io', message: `could not write ${file}: ${reason}` }
    }
  }
  return { ok: true, fileName: path.basename(files[files.length - 1][0]), savedAt: new Date().toISOString() }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
