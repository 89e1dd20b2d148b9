import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ExportBlockedError, exportTerraform } from '../../../shared/exporters/terraform'
import { validationErrors } from '../../../shared/exporters/terraform/gate'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'

export const exportTerraformCommand = defineCommand({
  name: ['export', 'terraform'],
  summary: 'write a design as Terraform (AWS provider 6)',
  usage: `netdraft export terraform FILE -o DIR [--single-file] [--allow-errors] [--clean]

Writes FILE as a Terraform configuration into DIR: versions.tf, providers.tf (one provider per
account), variables.tf, one file per VPC and per area (peering, transit gateway, endpoints, VPN,
security), outputs.tf and a README.md listing what to fill in and what is left out.
  --single-file    everything in DIR/main.tf (plus README.md), for small designs
  --allow-errors   export although the design has validation errors; README.md lists them
  --clean          delete .tf files in DIR that this export does not write (from an earlier export)
Exit 0 when written, 1 when validation errors block the export, 2 when FILE cannot be read, DIR
holds other .tf files (without --clean) or cannot be written.`,
  options: {
    output: { type: 'string', short: 'o' },
    'single-file': { type: 'boolean' },
    'allow-errors': { type: 'boolean' },
    clean: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('export terraform takes exactly one FILE')
    if (typeof values.output !== 'string') throw new UsageError('export terraform needs -o DIR')
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    let files: Record<string, string>
    try {
      files = exportTerraform(loaded.project, { singleFile: values['single-file'] === true, allowErrors: values['allow-errors'] === true })
    } catch (e) {
      if (!(e instanceof ExportBlockedError)) throw e
      io.err(`netdraft export terraform: ${file}: ${e.message}\n`)
      return EXIT.findings
    }
    const dir = path.resolve(io.cwd, values.output)
    try {
      await mkdir(dir, { recursive: true })
      // A .tf file left from an earlier export (a VPC since deleted) would still be planned.
      const stale = (await readdir(dir)).filter((f) => f.endsWith('.tf') && !(f in files)).sort()
      if (stale.length > 0 && !values.clean) {
        io.err(`netdraft export terraform: ${values.output} holds .tf files this export does not write: ${stale.join(', ')}; remove them or pass --clean\n`)
        return EXIT.usage
      }
      for (const f of stale) await rm(path.join(dir, f))
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
    } catch (e) {
      io.err(`netdraft export terraform: cannot write ${values.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`)
      return EXIT.usage
    }
    const remaining = values['allow-errors'] ? validationErrors(loaded.project).length : 0
    // Every variable but `tags` is a value the design could not supply.
    const toFill = [...(files['variables.tf'] ?? files['main.tf'] ?? '').matchAll(/^variable "(?!tags")/gm)].length
    io.out(`${file}: wrote ${Object.keys(files).length} files to ${values.output}${toFill > 0 ? `; fill in ${toFill} variable${toFill === 1 ? '' : 's'} first (see README.md)` : ''}\n`)
    if (remaining > 0) io.err(`netdraft export terraform: exported with ${remaining} validation error${remaining === 1 ? '' : 's'}; see README.md\n`)
    return EXIT.ok
  },
})
