import { rules } from '../../../shared/validation/rules'
import { defineCommand, EXIT, UsageError } from '../command'

export const rulesCommand = defineCommand({
  name: ['rules'],
  summary: 'list the AWS network rules `validate` checks',
  usage: `netdraft rules [--json]

Lists every validation rule: id, default severity and title (docs/rules/<id>.md explains each).
--json prints an array of { id, severity, title, appliesTo, docs } objects, sorted by id.`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError('rules takes no arguments')
    const list = Object.values(rules).map((r) => ({ id: r.id, severity: r.meta.severity, title: r.meta.title, appliesTo: r.meta.appliesTo, docs: r.meta.docs }))
    if (values.json) {
      io.out(`${JSON.stringify(list, null, 2)}\n`)
      return EXIT.ok
    }
    const width = Math.max(...list.map((r) => r.id.length))
    io.out(`${list.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}`).join('\n')}\n\n${list.length} rules; details: docs/rules/<id>.md\n`)
    return EXIT.ok
  },
})
