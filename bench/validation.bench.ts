import { loadavg } from 'node:os'
import { ProjectIndex } from '../shared/model'
import { validate } from '../shared/validation/engine'
import { rules } from '../shared/validation/rules'
import type { BenchHarness } from './harness'

/** CPU time (user + system) of this process per call of `fn`, in ms: steadier than wall time on a busy machine. */
function cpuMs(fn: () => unknown, runs: number): number {
  const start = process.cpuUsage()
  for (let i = 0; i < runs; i++) fn()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000 / runs
}

/**
 * Issue 4 targets: validating a generated design with every rule takes under 100 ms at 500 VPCs and
 * under 500 ms at 2,000 VPCs (near-linear growth). Prints wall-time medians and CPU time per run (the
 * target is judged on CPU time, since wall time also counts other processes), peak memory, and the
 * five most expensive rules at 2,000 VPCs so a regression points at its rule.
 */
export default async function bench(h: BenchHarness) {
  const targets: Record<number, number> = { 500: 100, 2000: 500 }
  h.print('machine load average (1 min) at start', loadavg()[0].toFixed(1))
  for (const vpcs of [50, 500, 2000]) {
    const project = h.design(vpcs)
    const result = validate(project)
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    h.print(`${vpcs} VPCs: design`, `${project.resources.length} resources, ${result.diagnostics.length} diagnostics (${errors} errors)`)
    await h.time(`${vpcs} VPCs: validate (${Object.keys(rules).length} rules), wall`, () => validate(project), 7)
    const cpu = cpuMs(() => validate(project), 5)
    h.print(`${vpcs} VPCs: validate, CPU time per run`, `${cpu.toFixed(1)} ms`)
    if (targets[vpcs] !== undefined) h.print(`${vpcs} VPCs: target < ${targets[vpcs]} ms (CPU time)`, cpu < targets[vpcs] ? 'met' : 'MISSED')
    await h.memory(`${vpcs} VPCs: validate once, memory`, () => validate(project))
  }
  const project = h.design(2000)
  const index = new ProjectIndex(project)
  const perRule = Object.values(rules).map((rule) => ({ id: rule.id, ms: cpuMs(() => validate(project, { rules: [rule], index }), 3) }))
  for (const r of perRule.sort((a, b) => b.ms - a.ms).slice(0, 5)) h.print(`2000 VPCs: most expensive rule (CPU): ${r.id}`, `${r.ms.toFixed(1)} ms`)
}
