import { useEffect, useRef, useState } from 'react'
import { type Project, ProjectIndex, type Resource, kinds, labelOf } from '../../../shared/model'
import { CidrHint } from './CidrHint'
import { editValue, getAt } from './edit-value'
import { type FieldSpec, fieldsOf } from './fields'
import { newRow } from './new-rows'
import { refCandidates } from './ref-candidates'

interface Props {
  project: Project
  index: ProjectIndex
  resource: Resource | undefined
  /** A field to draw attention to (from a diagnostic), e.g. `routes[2].destination`. */
  focusField?: string
  onChange: (next: Resource, coalesceKey: string) => void
  onCommit: () => void
  onDelete: (id: string) => void
  diagnostics: { ruleId: string; message: string; field?: string; severity: string }[]
}

type Path = (string | number)[]

const fieldKey = (path: Path) => path.join('.')
const diagnosticPath = (field?: string) => (field ?? '').replace(/\[(\d+)\]/g, '.$1')

/** Every field of the selected resource, edited in place; a value enters the document only once valid. */
export function Inspector({ project, index, resource, focusField, onChange, onCommit, onDelete, diagnostics }: Props) {
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    if (!focusField) return
    const el = panel.current?.querySelector(`[data-field="${CSS.escape(diagnosticPath(focusField))}"]`)
    el?.scrollIntoView({ block: 'center' })
  }, [focusField, resource?.id])

  if (!resource) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <p className="muted">Select a resource to edit it. Shift-click to select several.</p>
      </aside>
    )
  }
  const specs = fieldsOf(resource.kind, resource)
  const edit = (path: Path, value: unknown) => {
    const result = editValue(resource, path, value)
    if (!result.ok) return result.error
    onChange(result.next, `${resource.id}:${fieldKey(path)}`)
    return null
  }
  const ctx: EditorContext = { resource, project, index, edit, onCommit, focus: diagnosticPath(focusField), diagnostics }
  return (
    <aside className="inspector" aria-label="Inspector" ref={panel}>
      <header>
        <h2>{kinds[resource.kind].title}</h2>
        <div className="muted">{labelOf(resource)}</div>
        <div className="muted mono">id {resource.id}{resource.externalId ? ` · AWS ${resource.externalId}` : ''}</div>
      </header>
      {specs.map(([name, spec]) => (
        <Field key={name} name={name} spec={spec} path={[name]} ctx={ctx} />
      ))}
      <button type="button" className="danger" onClick={() => onDelete(resource.id)}>Delete {kinds[resource.kind].title.toLowerCase()}…</button>
    </aside>
  )
}

interface EditorContext {
  resource: Resource
  project: Project
  index: ProjectIndex
  /** Applies a value if the kind schema accepts the result; otherwise returns why not. */
  edit: (path: Path, value: unknown) => string | null
  onCommit: () => void
  focus: string
  diagnostics: Props['diagnostics']
}

function Field({ name, spec, path, ctx, label }: { name: string; spec: FieldSpec; path: Path; ctx: EditorContext; label?: string }) {
  const key = fieldKey(path)
  const related = ctx.diagnostics.filter((d) => diagnosticPath(d.field) === key)
  const className = `field${ctx.focus === key ? ' focused' : ''}${related.length ? ' has-diagnostic' : ''}`
  return (
    <div className={className} data-field={key}>
      {!label && <span className="field-name">{humanize(name)}</span>}
      <Editor name={name} spec={spec} path={path} ctx={ctx} label={label} />
      {related.map((d) => <div key={d.ruleId + d.message} className={`field-diagnostic ${d.severity}`}>{d.message}</div>)}
    </div>
  )
}

function Editor({ name, spec, path, ctx, label = humanize(name) }: { name: string; spec: FieldSpec; path: Path; ctx: EditorContext; label?: string }) {
  const value = getAt(ctx.resource, path)
  // Pickers, checkboxes and list buttons have no draft: a refused choice is reported under them.
  const [refusal, setRefusal] = useState<string | null>(null)
  useEffect(() => setRefusal(null), [ctx.resource.id])
  const choose = (at: Path, next: unknown) => {
    setRefusal(ctx.edit(at, next))
    ctx.onCommit()
  }
  const refused = refusal && <div className="field-error" role="alert">{refusal}</div>
  switch (spec.type) {
    case 'boolean':
      return <><input type="checkbox" aria-label={label} checked={Boolean(value)} onChange={(e) => choose(path, e.target.checked)} />{refused}</>
    case 'enum':
      return (
        <>
          <select aria-label={label} value={(value as string) ?? ''} onChange={(e) => choose(path, e.target.value === '' ? undefined : e.target.value)}>
            {spec.optional && <option value="">(none)</option>}
            {spec.options.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
          {refused}
        </>
      )
    case 'ref': {
      const current = typeof value === 'string' ? value : undefined
      const options = refCandidates(ctx.project, ctx.index, ctx.resource, String(path.at(-1)), spec.kinds, current ? [current] : [])
      // A reference to a resource the design no longer holds stays visible instead of showing another option.
      const missing = current !== undefined && !(spec.extra ?? []).includes(current) && !ctx.index.get(current)
      return (
        <>
          <select aria-label={label} value={current ?? ''} onChange={(e) => choose(path, e.target.value === '' ? undefined : e.target.value)}>
            {spec.optional && <option value="">(none)</option>}
            {missing && <option value={current}>{current} (missing)</option>}
            {(spec.extra ?? []).map((x) => <option key={x} value={x}>{x}</option>)}
            {options.map((r) => <option key={r.id} value={r.id}>{kinds[r.kind].title}: {r.name}</option>)}
          </select>
          {refused}
        </>
      )
    }
    case 'refList': {
      const ids = (value as string[] | undefined) ?? []
      const candidates = refCandidates(ctx.project, ctx.index, ctx.resource, String(path.at(-1)), spec.kinds).filter((r) => !ids.includes(r.id))
      return (
        <div className="ref-list">
          {ids.map((id, i) => (
            <span className="chip" key={id}>
              {ctx.index.get(id)?.name ?? id}
              <button type="button" aria-label={`Remove ${ctx.index.get(id)?.name ?? id} from ${label}`} onClick={() => choose([...path, i], undefined)}>×</button>
            </span>
          ))}
          {candidates.length > 0 && (
            <select aria-label={`Add to ${label}`} value="" onChange={(e) => choose(path, [...ids, e.target.value])}>
              <option value="">+ add…</option>
              {candidates.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          )}
          {refused}
        </div>
      )
    }
    case 'textList': {
      const items = (value as string[] | undefined) ?? []
      const fresh = newRow(ctx.resource, path[0] as string)
      return (
        <div className="list">
          {items.map((item, i) => (
            <div className="row" key={i}>
              <TextInput label={`${label} ${i + 1}`} value={item} path={[...path, i]} ctx={ctx} />
              <button type="button" aria-label={`Remove ${label} ${i + 1}`} onClick={() => choose([...path, i], undefined)}>×</button>
            </div>
          ))}
          {typeof fresh === 'string' && <button type="button" onClick={() => choose(path, [...items, fresh])}>+ add</button>}
          {refused}
        </div>
      )
    }
    case 'tags':
      return <TagsEditor path={path} ctx={ctx} />
    case 'objectList': {
      const rows = (value as Record<string, unknown>[] | undefined) ?? []
      const fresh = newRow(ctx.resource, path[0] as string)
      return (
        <div className="object-list">
          {rows.map((_, i) => (
            <div className="object-row" key={i} data-field={fieldKey([...path, i])} role="group" aria-label={`${singular(label)} ${i + 1}`}>
              {Object.entries(spec.item).map(([k, s]) => (
                <div className="cell" key={k}>
                  <span className="cell-name" aria-hidden="true">{humanize(k)}</span>
                  {/* Row cells share a column name, so each input is named with its row: "Route 2 target". */}
                  <Field name={k} spec={s} path={[...path, i, k]} ctx={ctx} label={`${singular(label)} ${i + 1} ${humanize(k).toLowerCase()}`} />
                </div>
              ))}
              <button type="button" aria-label={`Remove ${singular(label).toLowerCase()} ${i + 1}`} onClick={() => choose([...path, i], undefined)}>×</button>
            </div>
          ))}
          {fresh && typeof fresh === 'object' && <button type="button" onClick={() => choose(path, [...rows, fresh])}>+ add {singular(label).toLowerCase()}</button>}
          {refused}
        </div>
      )
    }
    case 'number':
    case 'text':
      return <TextInput label={label} value={value === undefined ? '' : String(value)} path={path} ctx={ctx} numeric={spec.type === 'number'} optional={spec.optional} />
  }
}

/** A text box with its own draft: the document changes only when the draft makes a valid resource. */
function TextInput({ label, value, path, ctx, numeric, optional }: { label: string; value: string; path: Path; ctx: EditorContext; numeric?: boolean; optional?: boolean }) {
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => { setDraft(value); setError(null) }, [value, ctx.resource.id])
  const commit = (text: string) => {
    setDraft(text)
    const blank = text.trim() === ''
    if (blank && optional) return setError(ctx.edit(path, undefined))
    // Number('') is 0: an emptied number field must not store a zero the user never typed.
    if (numeric && (blank || !/^-?\d+(\.\d+)?$/.test(text.trim()))) return setError('expected a number')
    setError(ctx.edit(path, numeric ? Number(text) : text))
  }
  const isCidrField = /cidr|destination|^cidrs$|entries|staticRoutes|allowedPrefixes|secondaryCidrs/i.test(String(path[0])) || /cidr|destination/i.test(String(path.at(-1)))
  return (
    <div className="text-input">
      <input aria-label={label} aria-invalid={error ? true : undefined} value={draft} className={error ? 'invalid' : ''} onChange={(e) => commit(e.target.value)} onBlur={() => { ctx.onCommit(); if (error) { setDraft(value); setError(null) } }} spellCheck={false} />
      {error && <div className="field-error" role="alert">{error}</div>}
      {!error && isCidrField && <CidrHint value={draft} resource={ctx.resource} index={ctx.index} />}
    </div>
  )
}

function TagsEditor({ path, ctx }: { path: Path; ctx: EditorContext }) {
  const tags = (getAt(ctx.resource, path) as Record<string, string> | undefined) ?? {}
  const [newKey, setNewKey] = useState('')
  return (
    <div className="tags">
      {Object.entries(tags).map(([k, v]) => (
        <div className="row" key={k}>
          <span className="mono">{k}</span>
          <TextInput label={`Tag ${k}`} value={v} path={[...path, k]} ctx={ctx} />
          <button type="button" aria-label={`Remove tag ${k}`} onClick={() => { ctx.edit([...path, k], undefined); ctx.onCommit() }}>×</button>
        </div>
      ))}
      <div className="row">
        <input aria-label="New tag key" placeholder="new tag key" value={newKey} onChange={(e) => setNewKey(e.target.value)} />
        <button type="button" disabled={!newKey || newKey in tags} onClick={() => { ctx.edit(path, { ...tags, [newKey]: '' }); ctx.onCommit(); setNewKey('') }}>+ tag</button>
      </div>
    </div>
  )
}

/** "Routes" → "Route"; "Ingress" stays. */
function singular(label: string): string {
  return label.endsWith('ss') ? label : label.replace(/s$/, '')
}

/** Networking acronyms keep their usual spelling in labels: "Ipv6 cidr" reads as "IPv6 CIDR". */
const acronyms: Record<string, string> = {
  cidr: 'CIDR', cidrs: 'CIDRs', vpc: 'VPC', vpcs: 'VPCs', az: 'AZ', ipv6: 'IPv6', ipv4: 'IPv4', ip: 'IP', ips: 'IPs',
  dns: 'DNS', asn: 'ASN', bgp: 'BGP', vgws: 'VGWs', vgw: 'VGW', nat: 'NAT', tgw: 'TGW', id: 'id', acl: 'ACL', vpn: 'VPN', aws: 'AWS', mtu: 'MTU',
}

function humanize(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ').map((w) => acronyms[w] ?? w)
  const first = words[0]
  return [first === first.toLowerCase() ? first.charAt(0).toUpperCase() + first.slice(1) : first, ...words.slice(1)].join(' ')
}
