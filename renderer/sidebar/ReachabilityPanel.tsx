import { useMemo, useRef, useState } from 'react'
import { type Project, ProjectIndex } from '../../shared/model'
import { ReachabilityContext, type ReachAnswer, analyzeReachability, reachabilityMatrix, resolveEndpoint } from '../../shared/reachability'
import type { Protocol } from '../../shared/reachability'
import { fixAsEdit } from './apply-fix'

interface Props {
  /** The tab is showing. A hidden panel keeps its question and answer but renders and computes nothing. */
  active: boolean
  project: Project
  index: ProjectIndex
  selection: readonly string[]
  onPath: (answer: ReachAnswer | null) => void
  onApplyFix: (label: string, apply: (p: Project) => Project) => void
}

const ENDPOINT_KINDS = ['subnet', 'vpc', 'workload', 'onPremNetwork', 'endpointService', 'loadBalancer', 'interfaceEndpoint']

/** "Can A reach B?": pick two ends, see the hops, the reason and a fix; or the VPC-to-VPC matrix. */
export function ReachabilityPanel({ active, project, index, selection, onPath, onApplyFix }: Props) {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [protocol, setProtocol] = useState<Protocol>('-1')
  const [port, setPort] = useState('')
  const [answer, setAnswer] = useState<ReachAnswer | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [matrix, setMatrix] = useState(false)
  // Built on demand: every edit makes a new project, and indexing a large design for nothing slows editing.
  const cache = useRef<{ project: Project; ctx: ReachabilityContext } | null>(null)
  const contextOf = () => {
    if (cache.current?.project !== project) cache.current = { project, ctx: new ReachabilityContext(project) }
    return cache.current.ctx
  }

  const run = (source = from, destination = to) => {
    setError(null)
    try {
      const ctx = contextOf()
      const result = analyzeReachability(ctx, {
        from: resolveEndpoint(ctx, source),
        to: resolveEndpoint(ctx, destination),
        protocol,
        ...(port && (protocol === 'tcp' || protocol === 'udp') ? { port: Number(port) } : {}),
      })
      setAnswer(result)
      onPath(result)
    } catch (e) {
      setAnswer(null)
      onPath(null)
      setError((e as Error).message)
    }
  }
  const fromSelection = (set: (v: string) => void) => selection[0] && set(selection[0])
  if (!active) return null
  const options = project.resources.filter((r) => ENDPOINT_KINDS.includes(r.kind))
  const fix = answer?.failure?.fix ? fixAsEdit(project, answer.failure.fix) : null

  return (
    <section className="reach" aria-label="Reachability">
      <datalist id="reach-ends">
        {['internet', 's3', 'dynamodb'].map((x) => <option key={x} value={x} />)}
        {options.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </datalist>
      <div className="reach-form">
        <label>From <input list="reach-ends" aria-label="From" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="subnet, workload, IP, internet…" /></label>
        <button type="button" className="link" onClick={() => fromSelection(setFrom)} disabled={!selection[0]}>use selection</button>
        <label>To <input list="reach-ends" aria-label="To" value={to} onChange={(e) => setTo(e.target.value)} placeholder="subnet, IP, s3, on-premises…" /></label>
        <button type="button" className="link" onClick={() => fromSelection(setTo)} disabled={!selection[0]}>use selection</button>
        <div className="row">
          <select aria-label="Protocol" value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
            <option value="-1">any protocol</option><option value="tcp">tcp</option><option value="udp">udp</option><option value="icmp">icmp</option>
          </select>
          <input aria-label="Port" value={port} onChange={(e) => setPort(e.target.value.replace(/\D/g, ''))} placeholder="port" size={6} disabled={protocol !== 'tcp' && protocol !== 'udp'} />
          <button type="button" className="primary" onClick={() => run()} disabled={!from || !to}>Check</button>
        </div>
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      {answer && (
        <div className={`reach-answer ${answer.reachable ? 'ok' : 'fail'}`} role="status">
          <strong>{answer.reachable ? `Reachable: ${answer.from} → ${answer.to}` : `Not reachable: ${answer.from} → ${answer.to}`}</strong>
          {answer.failure && (
            <div className="reach-failure">
              <div>{answer.failure.reason}{answer.failure.ruleId ? ` (${answer.failure.ruleId})` : ''}</div>
              {answer.failure.fix && <div>Fix: {answer.failure.fix}</div>}
              {fix && <button type="button" onClick={() => onApplyFix(fix.label, fix.apply)}>Apply fix</button>}
            </div>
          )}
          <Hops title="Forward path" hops={answer.forward} />
          {answer.return.length > 0 && <Hops title="Return path" hops={answer.return} />}
          <div className="muted">Security groups and NACLs: {answer.security.status}</div>
        </div>
      )}
      <button type="button" className="link" onClick={() => setMatrix(!matrix)}>{matrix ? 'Hide' : 'Show'} VPC-to-VPC matrix</button>
      {matrix && <Matrix ctx={contextOf()} index={index} onPick={(a, b) => { setFrom(a); setTo(b); run(a, b) }} />}
    </section>
  )
}

function Hops({ title, hops }: { title: string; hops: ReachAnswer['forward'] }) {
  return (
    <>
    <div className="hops-title muted">{title}</div>
    <ol className="hops" aria-label={title}>
      {hops.map((h, i) => (
        <li key={i} className={h.decision}>
          <span className="hop-name">{h.name}</span> <span className="muted">{h.kind}</span>
          {h.matched && <div className="mono">{h.consulted ? `${h.consulted}: ` : ''}{h.matched}</div>}
          {h.note && <div className="muted">{h.note}</div>}
        </li>
      ))}
    </ol>
    </>
  )
}

/** VPC-to-VPC reachability; a cell's button asks that pair in the form above (path drawn, reason, fix). */
function Matrix({ ctx, index, onPick }: { ctx: ReachabilityContext; index: ProjectIndex; onPick: (from: string, to: string) => void }) {
  const m = useMemo(() => (index.all('vpc').length <= 60 ? reachabilityMatrix(ctx) : null), [ctx, index])
  if (!m) return <p className="muted">The matrix view shows up to 60 VPCs; use `netdraft matrix` for larger designs.</p>
  return (
    <div className="matrix-scroll">
    <table className="matrix" aria-label="VPC reachability matrix">
      <thead><tr><th>from \ to</th>{m.vpcs.map((v) => <th key={v.id}>{v.name}</th>)}</tr></thead>
      <tbody>
        {m.vpcs.map((row, i) => (
          <tr key={row.id}>
            <th>{row.name}</th>
            {m.cells[i].map((c, j) => (
              <td key={j} className={c.reachable ? 'ok' : 'fail'}>
                <button type="button" className="cell" onClick={() => onPick(row.id, m.vpcs[j].id)} title={c.reason ?? (c.reachable ? 'reachable' : 'not reachable')} aria-label={`${row.name} to ${m.vpcs[j].name}: ${c.reachable ? 'reachable' : `not reachable${c.reason ? `, ${c.reason}` : ''}`}`}>
                  {c.reachable ? '✓' : '✗'}
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  )
}
