import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { formatImportError, formatReport } from '../../../shared/importers/aws'
import { serializeProject } from '../../../shared/model'
import { importAwsFolder } from '../../import/import-aws-folder'
import { defineCommand, EXIT, UsageError } from '../command'

export const importAwsCommand = defineCommand({
  name: ['import', 'aws'],
  summary: 'import a folder of `aws ec2 describe-*` outputs as a design',
  usage: `netdraft import aws DIR -o FILE.netdraft.json [--report] [--name NAME] [--force]

Reads every *.json under DIR (laid out as <account>/<region>/, <region>/, flat, or Batfish's
aws_configs/accounts/<account>/<region>/; docs/import.md has the script that produces it) and writes
the design to FILE. --report prints what was imported, skipped, merged and not understood, with the
file and JSON path of each. Refuses to overwrite FILE unless --force is given.
Exit 0 on success, 2 when DIR cannot be read or holds malformed JSON (nothing is written then).`,
  options: { output: { type: 'string', short: 'o' }, report: { type: 'boolean' }, force: { type: 'boolean' }, name: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [dir] = positionals
    if (!dir || positionals.length > 1) throw new UsageError('import aws takes exactly one DIR')
    const out = values.output
    if (typeof out !== 'string') throw new UsageError('import aws needs -o FILE')
    const full = path.resolve(io.cwd, dir)
    const name = typeof values.name === 'string' ? values.name : path.basename(full)
    const result = await importAwsFolder(full, { name })
    if (!result.ok) {
      // Paths as the user typed them: the folder argument, then the file inside it.
      for (const e of result.errors) io.err(e.file === full ? `netdraft: ${dir}: ${e.message}\n` : `${path.join(dir, e.file)}${formatImportError(e).slice(e.file.length)}\n`)
      if (result.fileCount > 0) io.err(`netdraft: nothing imported (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})\n`)
      return EXIT.usage
    }
    try {
      await writeFile(path.resolve(io.cwd, out), serializeProject(result.project), { flag: values.force ? 'w' : 'wx' })
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      io.err(`netdraft: cannot write ${out}: ${code === 'EEXIST' ? 'file exists (use --force to overwrite)' : code ?? (e as Error).message}\n`)
      return EXIT.usage
    }
    if (values.report) io.out(formatReport(result.report, result.project))
    const r = result.report
    io.out(`wrote ${out}: ${result.project.resources.length} resources from ${result.fileCount} files; ${r.skipped.length} skipped, ${r.merged.length} merged, ${r.notUnderstood.length} not understood\n`)
    return EXIT.ok
  },
})
