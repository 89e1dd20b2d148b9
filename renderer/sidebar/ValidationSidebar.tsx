import { useMemo, useState } from 'react'
import { ProjectIndex } from '../../shared/model'
import type { Diagnostic, Severity, SuppressedDiagnostic } from '../../shared/validation/rule'

interface Props {
  diagnostics: readonly Diagnostic[]
  suppressed: readonly SuppressedDiagnostic[]
  index: ProjectIndex
  onFocus: (d: Diagnostic) => void
  onOpenRule: (ruleId: string) => void
  onAccept: (d: Diagnostic, reason: string) => void
}

const PAGE = 50
const order: Severity[] = ['error', 'warning', 'info']
const titles: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' }
const counted = (n: number, s: Severity) => `${n} ${s === 'info' || n === 1 ? s : `${s}s`}`

/** Diagnostics of the shared engine, grouped by severity then resource; accepted ones apart. */
export function ValidationSidebar({ diagnostics, suppressed, index, onFocus, onOpenRule, onAccept }: Props) {
  const [filter, setFilter] = useState('')
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false })
  // Large designs have hundreds of findings: list the first resources of a group, the rest on request
  // (this also keeps an edit's re-render short).
  const [limit, setLimit] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE })
  const needle = filter.trim().toLowerCase()
  const matches = (d: Diagnostic) =>
    !needle || d.message.toLowerCase().includes(needle) || d.ruleId.includes(needle) || (index.get(d.resourceId)?.name ?? '').toLowerCase().includes(needle)
  const groups = useMemo(
    () =>
      order.map((severity) => {
        const list = diagnostics.filter((d) => d.severity === severity && matches(d))
        const byResource = new Map<string, Diagnostic[]>()
        for (const d of list) byResource.set(d.resourceId, [...(byResource.get(d.resourceId) ?? []), d])
        return { severity, count: list.length, byResource }
      }),
    [diagnostics, needle], // eslint-disable-line react-hooks/exhaustive-deps
  )
  return (
    <section className="validation" aria-label="Validation">
      <div className="validation-summary" role="status">
        {order.map((s) => (
          <label key={s} className={`count ${s}`}>
            <input type="checkbox" checked={shown[s]} onChange={(e) => setShown({ ...shown, [s]: e.target.checked })} />
            {counted(diagnostics.filter((d) => d.severity === s).length, s)}
          </label>
        ))}
      </div>
      <input className="filter" placeholder="Filter by text, rule or resource" aria-label="Filter diagnostics" value={filter} onChange={(e) => setFilter(e.target.value)} />
      {groups.filter((g) => shown[g.severity] && g.count > 0).map((g) => (
        <details key={g.severity} open>
          <summary className={g.severity}>{titles[g.severity]} ({g.count})</summary>
          {[...g.byResource.entries()].slice(0, limit[g.severity]).map(([resourceId, list]) => (
            <div key={resourceId} className="diag-resource">
              <div className="diag-resource-name">{index.get(resourceId)?.name ?? resourceId}</div>
              {list.map((d, i) => (
                <DiagnosticRow key={`${d.ruleId}:${i}`} d={d} onFocus={onFocus} onOpenRule={onOpenRule} onAccept={onAccept} />
              ))}
            </div>
          ))}
          {g.byResource.size > limit[g.severity] && (
            <button type="button" className="link more" onClick={() => setLimit({ ...limit, [g.severity]: limit[g.severity] + PAGE * 4 })}>
              Show more ({g.byResource.size - limit[g.severity]} more resources)
            </button>
          )}
        </details>
      ))}
      {groups.every((g) => !shown[g.severity] || g.count === 0) && (
        <p className="ok">{diagnostics.length === 0 ? 'No problems found.' : needle ? 'Nothing matches the filter.' : `No ${order.filter((sv) => shown[sv]).map((sv) => titles[sv].toLowerCase()).join(' or ')}.`}</p>
      )}
      {suppressed.length > 0 && (
        <details>
          <summary>Accepted ({suppressed.length})</summary>
          {suppressed.map((d, i) => (
            <div key={`${d.ruleId}:${d.resourceId}:${i}`} className="diag accepted">
              <span className="rule">{d.ruleId}</span> {index.get(d.resourceId)?.name ?? d.resourceId}: {d.message}
              <div className="muted">Accepted: {d.reason}</div>
            </div>
          ))}
        </details>
      )}
    </section>
  )
}

function DiagnosticRow({ d, onFocus, onOpenRule, onAccept }: { d: Diagnostic; onFocus: Props['onFocus']; onOpenRule: Props['onOpenRule']; onAccept: Props['onAccept'] }) {
  const [accepting, setAccepting] = useState(false)
  const [reason, setReason] = useState('')
  return (
    <div className={`diag ${d.severity}`}>
      <button type="button" className="diag-message" onClick={() => onFocus(d)} title="Select and zoom to the resources involved">
        {d.message}
      </button>
      {d.fix && <div className="diag-fix">Fix: {d.fix.description}</div>}
      <div className="diag-actions">
        <button type="button" className="link" onClick={() => onOpenRule(d.ruleId)}>{d.ruleId}</button>
        {!accepting && <button type="button" className="link" onClick={() => setAccepting(true)}>Accept…</button>}
        {accepting && (
          <form onSubmit={(e) => { e.preventDefault(); if (reason.trim()) onAccept(d, reason.trim()) }}>
            <input autoFocus aria-label="Reason for accepting" placeholder="Why is this acceptable?" value={reason} onChange={(e) => setReason(e.target.value)} />
            <button type="submit" disabled={!reason.trim()}>Accept</button>
          </form>
        )}
      </div>
    </div>
  )
}
