import type { Hop, ReachAnswer, SecurityResult } from '../../../shared/reachability'

/** Human-readable `netdraft reach` output: verdict, both paths hop by hop, filters, failure and fix. */
export function formatAnswer(a: ReachAnswer): string {
  const flow = a.protocol === '-1' ? 'any protocol' : `${a.protocol}${a.port !== undefined ? ` ${a.port}` : ''}`
  const lines = [`${a.reachable ? 'REACHABLE' : 'NOT REACHABLE'}: ${a.from} → ${a.to} (${flow})`, '', 'forward:', ...hops(a.forward)]
  if (a.return.length > 0) lines.push('return:', ...hops(a.return))
  lines.push(...security(a.security))
  if (a.failure) {
    const f = a.failure
    lines.push('', `failure (${f.direction}) at ${f.hop.kind} ${label(f.hop)}: ${f.reason}`)
    if (f.ruleId) lines.push(`  rule: ${f.ruleId}`)
    if (f.fix) lines.push(`  fix:  ${f.fix}`)
  }
  return `${lines.join('\n')}\n`
}

function label(h: Hop): string {
  return h.externalId !== undefined && h.externalId !== h.id ? `${h.id} (${h.externalId})` : h.id
}

function hops(list: readonly Hop[]): string[] {
  return list.map((h, i) => {
    const parts = [`${String(i + 1).padStart(3)}. ${h.decision.padEnd(7)} ${h.kind} ${label(h)}`]
    if (h.consulted) parts.push(`· ${h.consulted}`)
    if (h.matched) parts.push(`· ${h.matched}`)
    if (h.note) parts.push(`· ${h.note}`)
    return parts.join(' ')
  })
}

function security(s: SecurityResult): string[] {
  const lines = ['', `security: ${s.status}`]
  for (const c of s.checks) {
    lines.push(`  ${c.decision.padEnd(7)} ${c.direction.padEnd(7)} ${c.layer === 'networkAcl' ? 'NACL' : 'SG'} ${c.rules === 'in' ? 'inbound ' : 'outbound'} ${c.at} (${c.filters.join(', ')}): ${c.detail}`)
  }
  if (s.unchecked.length > 0) lines.push(`  unchecked (no filter in the design): ${s.unchecked.join(', ')}`)
  return lines
}
