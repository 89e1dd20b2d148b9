import { type ValidationResult, hasErrors, validate } from '../../../shared/validation/engine'
import type { Severity } from '../../../shared/validation/rule'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'
import { validateJson, validateText } from './validate-format'

const severities: readonly Severity[] = ['error', 'warning', 'info']

export const validateCommand = defineCommand({
  name: ['validate'],
  summary: 'check a design against AWS network rules',
  usage: `netdraft validate FILE [--json] [--severity error|warning|info]

Loads FILE (format, schema and reference problems are reported first, with file, line and column),
then runs every rule of \`netdraft rules\`. Text output: one line per finding,
"severity rule-id resource: message", grouped by resource, with accepted (suppressed) findings
listed apart. --json prints the document described in docs/cli-validate.md. --severity hides
findings less serious than the given level (default: info, i.e. show everything).
Exit 0 when no error remains (warnings and accepted findings do not count), 1 when one does or the
file has schema/reference problems, 2 when FILE cannot be read.`,
  options: { json: { type: 'boolean' }, severity: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('validate takes exactly one FILE')
    const severity = values.severity ?? 'info'
    if (typeof severity !== 'string' || !(severities as string[]).includes(severity)) {
      throw new UsageError(`--severity must be one of ${severities.join(', ')}`)
    }
    const loaded = await readProjectFile(file, io, 1)
    if ('exit' in loaded) return loaded.exit
    const result: ValidationResult = validate(loaded.project, { minSeverity: severity as Severity })
    io.out(values.json ? validateJson(file, result) : validateText(file, result))
    return hasErrors(result) ? EXIT.findings : EXIT.ok
  },
})
