import { ReachabilityContext, ReachInputError, type ReachMatrix, reachabilityMatrix } from '../../../shared/reachability'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'
import { flowOptions } from './reach'

export const matrixCommand = defineCommand({
  name: ['matrix'],
  summary: 'VPC-to-VPC reachability table for reviews',
  usage: `netdraft matrix FILE [--json | --csv] [--vpc ID ...] [--port N] [--protocol tcp|udp|icmp|any]

For every ordered pair of VPCs (or of the --vpc ones), whether the first reaches the second: from
the source VPC's representative subnet to the destination's (the first subnet holding a workload,
else the first private one: no route to an internet gateway, no NAT gateway), forward path, reply
and filters.
Text: a grid, row = from, column = to ("Y" reachable, "." not), then the reason for each "." .
--csv: one row per source VPC, one column per destination, cells "yes", or "no: rule-id"
("no" alone when no catalogue rule applies; the text and JSON outputs give the reason).
--json: { vpcs, cells } (docs/reachability.md). Exit 0, or 2 on bad input.`,
  options: { json: { type: 'boolean' }, csv: { type: 'boolean' }, vpc: { type: 'string', multiple: true }, port: { type: 'string' }, protocol: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('matrix takes exactly one FILE')
    if (values.json && values.csv) throw new UsageError('choose one of --json and --csv')
    const flow = flowOptions(values)
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    const ctx = new ReachabilityContext(loaded.project)
    const wanted = Array.isArray(values.vpc) ? values.vpc : undefined
    const unknown = wanted?.filter((id) => !ctx.index.getOf('vpc', id))
    if (unknown && unknown.length > 0) {
      io.err(`netdraft matrix: ${file}: no VPC with id ${unknown.join(', ')}\n`)
      return EXIT.usage
    }
    let m: ReachMatrix
    try {
      m = reachabilityMatrix(ctx, { ...flow, ...(wanted && { vpcs: wanted }) })
    } catch (e) {
      if (!(e instanceof ReachInputError)) throw e
      io.err(`netdraft matrix: ${file}: ${e.message}\n`)
      return EXIT.usage
    }
    io.out(values.json ? `${JSON.stringify(m, null, 2)}\n` : values.csv ? csv(m) : grid(m))
    return EXIT.ok
  },
})

function csv(m: ReachMatrix): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
  const rows = [['from \\ to', ...m.vpcs.map((v) => v.id)].map(q).join(',')]
  m.cells.forEach((row, i) => rows.push([m.vpcs[i].id, ...row.map((c) => (c.reachable ? 'yes' : c.ruleId ? `no: ${c.ruleId}` : 'no'))].map(q).join(',')))
  return `${rows.join('\n')}\n`
}

function grid(m: ReachMatrix): string {
  const width = String(m.vpcs.length).length
  const lines = m.vpcs.map((v, i) => `${String(i + 1).padStart(width)}  ${v.id}${v.name !== v.id ? ` (${v.name})` : ''}${v.subnet ? ` · from/to subnet ${v.subnet}` : ' · no subnet'}`)
  lines.push('', `${' '.repeat(width + 2)}${m.vpcs.map((_, j) => String((j + 1) % 10)).join('')}`)
  m.cells.forEach((row, i) => lines.push(`${String(i + 1).padStart(width)}  ${row.map((c) => (c.reachable ? 'Y' : '.')).join('')}`))
  const reasons: string[] = []
  m.cells.forEach((row, i) => row.forEach((c, j) => { if (!c.reachable) reasons.push(`${m.vpcs[i].id} → ${m.vpcs[j].id}: ${c.reason ?? ''}${c.ruleId ? ` [${c.ruleId}]` : ''}`) }))
  if (reasons.length > 0) lines.push('', 'not reachable:', ...reasons.map((r) => `  ${r}`))
  return `${lines.join('\n')}\n`
}
