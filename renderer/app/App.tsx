import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { MenuCommand } from '../../shared/ipc/channels'
import type { NetdraftApi } from '../../shared/ipc/api'
import type { Theme } from '../../shared/layout/style'
import { type Kind, type Project, ProjectIndex, type Resource, kinds } from '../../shared/model'
import type { ReachAnswer } from '../../shared/reachability'
import { validate } from '../../shared/validation/engine'
import type { Diagnostic } from '../../shared/validation/rule'
import { Canvas, type CanvasCommand } from '../canvas/Canvas'
import { Inspector } from '../panels/inspector/Inspector'
import { Palette } from '../panels/Palette'
import { ReachabilityPanel } from '../sidebar/ReachabilityPanel'
import { ValidationSidebar } from '../sidebar/ValidationSidebar'
import { addResources, clearPins, deleteResources, pasteResources, planDelete, replaceResource, setPin } from '../state/edits'
import { palette } from '../state/palette'
import { DocumentStore } from '../state/store'
import { Confirm, type ConfirmRequest } from './Confirm'
import { scenePdf, scenePng } from './exports'
import { belongsToField, commandForKey } from './keyboard'
import { useScene } from './useScene'

interface Props {
  api: NetdraftApi
  store: DocumentStore
  initialFileName: string | null
}

/** The editor window: palette, canvas, inspector, validation and reachability around one document. */
export function App({ api, store, initialFileName }: Props) {
  const state = useSyncExternalStore(store.subscribe, store.getState)
  const { project, selection } = state
  const index = useMemo(() => new ProjectIndex(project), [project])
  const validation = useMemo(() => {
    try {
      return { ...validate(project, { index }), failure: null }
    } catch (e) {
      // A rule that fails must not take the editor down; say so and keep editing.
      return { diagnostics: [], suppressed: [], failure: (e as Error).message }
    }
  }, [project, index])
  const [fileName, setFileName] = useState(initialFileName)
  const [theme, setTheme] = useState<Theme>(project.view.theme === 'dark' ? 'dark' : 'light')
  const { scene, error: layoutError } = useScene(project, validation.diagnostics)
  const [showInspector, setShowInspector] = useState(true)
  const [showSidebar, setShowSidebar] = useState(true)
  const [tab, setTab] = useState<'validation' | 'reachability'>('validation')
  const [command, setCommand] = useState<CanvasCommand | null>(null)
  const [focusField, setFocusField] = useState<string | undefined>()
  const [paletteMessage, setPaletteMessage] = useState<string | null>(null)
  const [subnetPrefix, setSubnetPrefix] = useState(24)
  const [notice, setNotice] = useState<{ text: string; kind: 'info' | 'error' } | null>(null)
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null)
  const [path, setPath] = useState<{ ids: string[]; ok: boolean } | null>(null)
  const [findOpen, setFindOpen] = useState(false)
  const clipboard = useRef<Resource[]>([])
  const lastKeyCommand = useRef<{ command: MenuCommand; at: number } | null>(null)

  const canvasCommand = (type: CanvasCommand['type'], ids?: readonly string[]) => setCommand({ type, ids, nonce: Date.now() + Math.random() })
  const say = (text: string, kind: 'info' | 'error' = 'info') => setNotice({ text, kind })

  // Main needs the dirty flag (title, close prompt), the menu's enabled states, and the design for autosave.
  useEffect(() => { void api.markDirty({ dirty: state.dirty }) }, [api, state.dirty])
  useEffect(() => {
    void api.setMenuState({ canUndo: state.canUndo, canRedo: state.canRedo, hasSelection: selection.length > 0, validationVisible: showSidebar, inspectorVisible: showInspector, theme: theme === 'dark' ? 'dark' : 'light' })
  }, [api, state.canUndo, state.canRedo, selection.length, showSidebar, showInspector, theme])
  useEffect(() => api.provideSnapshot(() => store.project), [api, store])
  useEffect(() => { document.documentElement.dataset.theme = theme }, [theme])
  useEffect(() => { document.title = `${state.dirty ? '• ' : ''}${fileName ?? project.name} — Netdraft` }, [state.dirty, fileName, project.name])

  const selectedResources = selection.map((id) => index.get(id)).filter((r): r is Resource => r !== undefined)
  const primary = selectedResources[0]
  const primaryDiagnostics = primary ? validation.diagnostics.filter((d) => d.resourceId === primary.id) : []

  const save = useCallback(async (as: boolean, overwrite = false) => {
    const r = as ? await api.saveProjectAs({ project: store.project }) : await api.saveProject({ project: store.project, overwrite })
    if (r.ok) {
      store.markSaved()
      setFileName(r.fileName)
      say(`Saved ${r.fileName}`)
    } else if (r.code === 'conflict') {
      setConfirm({ title: 'The file changed on disk', body: `${r.message} Overwrite it with this version?`, confirm: 'Overwrite', onConfirm: () => void save(false, true) })
    } else if (r.code !== 'cancelled') say(r.message, 'error')
  }, [api, store])

  const requestDelete = useCallback((ids: readonly string[]) => {
    const resourceIds = ids.filter((id) => index.get(id))
    if (resourceIds.length === 0) return
    const plan = planDelete(project, resourceIds)
    const extra = [...plan.deleted].filter((id) => !resourceIds.includes(id))
    const run = () => store.apply(`Delete ${resourceIds.length === 1 ? index.get(resourceIds[0])!.name : `${resourceIds.length} resources`}`, (p) => deleteResources(p, resourceIds))
    if (extra.length === 0 && plan.patched.size === 0) return run()
    setConfirm({
      title: `Delete ${resourceIds.length === 1 ? index.get(resourceIds[0])!.name : `${resourceIds.length} resources`}?`,
      body: `${extra.length ? `This also deletes ${extra.length} resource(s) that depend on it (${extra.slice(0, 6).map((id) => index.get(id)?.name ?? id).join(', ')}${extra.length > 6 ? '…' : ''}). ` : ''}${plan.patched.size ? `${plan.patched.size} other resource(s) lose their reference to it. ` : ''}You can undo this.`,
      confirm: 'Delete',
      onConfirm: run,
    })
  }, [index, project, store])

  const runCommand = useCallback(async (c: MenuCommand) => {
    switch (c) {
      case 'file.save': return save(false)
      case 'file.saveAs': return save(true)
      case 'file.exportPng': {
        if (!scene) return say('The diagram is still being laid out', 'error')
        const png = await scenePng(scene, theme)
        const r = await api.exportPng({ bytes: png.bytes, suggestedName: `${project.name}.png` })
        return r.ok ? say(`Exported ${r.fileName}${png.note ? `: ${png.note}` : ''}`) : r.code !== 'cancelled' && say(r.message, 'error')
      }
      case 'file.exportPdf': {
        if (!scene) return say('The diagram is still being laid out', 'error')
        const r = await api.exportPdf({ bytes: scenePdf(project, scene, validation.diagnostics), suggestedName: `${project.name}.pdf` })
        return r.ok ? say(`Exported ${r.fileName}`) : r.code !== 'cancelled' && say(r.message, 'error')
      }
      case 'file.exportTerraform': {
        // Main runs the exporter on the design (it re-validates it) and writes the folder the user picks.
        const exportTf = async (allowErrors: boolean) => {
          const r = await api.exportTerraform({ project: store.project, allowErrors, singleFile: false })
          if (r.ok) return say(`Exported Terraform to ${r.fileName}`)
          if (r.code === 'invalid' && !allowErrors && r.problems?.length) {
            return setConfirm({
              title: 'The design has validation errors',
              body: `${r.message}. Export anyway? The generated README.md lists the errors that remain.`,
              confirm: 'Export anyway',
              onConfirm: () => void exportTf(true),
            })
          }
          if (r.code !== 'cancelled') say(r.message, 'error')
        }
        return exportTf(false)
      }
      case 'edit.undo': return store.undo()
      case 'edit.redo': return store.redo()
      case 'edit.delete': return requestDelete(selection)
      case 'edit.selectAll': return store.select(project.resources.filter((r) => r.kind === 'vpc').map((r) => r.id))
      case 'edit.find': return setFindOpen(true)
      case 'view.zoomIn': return canvasCommand('zoomIn')
      case 'view.zoomOut': return canvasCommand('zoomOut')
      case 'view.fit': return canvasCommand('fit')
      case 'view.actualSize': return canvasCommand('actualSize')
      case 'view.toggleValidation': return setShowSidebar((v) => !v)
      case 'view.toggleInspector': return setShowInspector((v) => !v)
      case 'view.relayout': return store.apply('Re-layout', clearPins)
      case 'view.toggleTheme': return setTheme((t) => (t === 'dark' ? 'light' : 'dark'))
    }
  }, [api, project, requestDelete, save, scene, selection, store, theme, validation.diagnostics])

  useEffect(() => api.onMenuCommand((c) => {
    // A shortcut the renderer already handled may also arrive from the native menu.
    const last = lastKeyCommand.current
    if (last && last.command === c && performance.now() - last.at < 150) return
    void runCommand(c)
  }), [api, runCommand])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = commandForKey(e)
      if (!c) return
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement
      if (inField && belongsToField(c)) return
      e.preventDefault()
      lastKeyCommand.current = { command: c, at: performance.now() }
      void runCommand(c)
    }
    const onCopy = (e: ClipboardEvent) => {
      if (document.activeElement instanceof HTMLInputElement || selectedResources.length === 0) return
      clipboard.current = selectedResources.map((r) => structuredClone(r))
      e.clipboardData?.setData('text/plain', JSON.stringify(clipboard.current, null, 2))
      e.preventDefault()
    }
    const onPaste = (e: ClipboardEvent) => {
      if (document.activeElement instanceof HTMLInputElement || clipboard.current.length === 0) return
      e.preventDefault()
      let pasted: string[] = []
      store.apply(`Paste ${clipboard.current.length} resource(s)`, (p) => { const r = pasteResources(p, clipboard.current); pasted = r.ids; return r.project })
      store.select(pasted)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('copy', onCopy)
    window.addEventListener('paste', onPaste)
    return () => { window.removeEventListener('keydown', onKey); window.removeEventListener('copy', onCopy); window.removeEventListener('paste', onPaste) }
  }, [runCommand, selectedResources, store])

  const add = (kind: Kind) => {
    const result = palette[kind].create({ project, index, picks: selectedResources, subnetPrefix })
    if (!result.ok) return setPaletteMessage(result.message)
    setPaletteMessage(null)
    store.apply(`Add ${kinds[kind].title.toLowerCase()}`, (p) => addResources(p, result.resources))
    store.select([result.resources[0].id])
  }

  const focusDiagnostic = (d: Diagnostic) => {
    const ids = d.resourceIds.length ? [...d.resourceIds] : [d.resourceId]
    store.select(ids)
    setFocusField(d.field)
    setShowInspector(true)
    canvasCommand('focus', ids)
  }

  const showPath = (answer: ReachAnswer | null) => {
    if (!answer) return setPath(null)
    const ids = [...answer.forward, ...answer.return].map((h) => h.id)
    setPath({ ids: [...new Set(ids)], ok: answer.reachable })
    // Bring the path into view: the hops that are boxes on the canvas, at most at 100 %.
    if (ids.length) canvasCommand('focus', ids)
  }

  return (
    <div className={`app theme-${theme}`}>
      <header className="toolbar" role="toolbar" aria-label="Document">
        <strong className="doc-title">{fileName ?? project.name}{state.dirty ? ' •' : ''}</strong>
        <button type="button" onClick={() => store.undo()} disabled={!state.canUndo} title={state.undoLabel ? `Undo ${state.undoLabel}` : 'Nothing to undo'}>Undo</button>
        <button type="button" onClick={() => store.redo()} disabled={!state.canRedo} title={state.redoLabel ? `Redo ${state.redoLabel}` : 'Nothing to redo'}>Redo</button>
        <button type="button" onClick={() => void save(false)}>Save</button>
        <button type="button" onClick={() => canvasCommand('fit')}>Fit</button>
        <button type="button" onClick={() => store.apply('Re-layout', clearPins)} disabled={Object.keys(project.layout.pins).length === 0}>Re-layout</button>
        <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} aria-label="Toggle dark theme">{theme === 'dark' ? 'Light' : 'Dark'}</button>
        <span className="status" role="status" title={`${validation.diagnostics.length} diagnostics from the validation engine`}>
          {count(validation.diagnostics.filter((d) => d.severity === 'error').length, 'error')} · {count(validation.diagnostics.filter((d) => d.severity === 'warning').length, 'warning')}
          {layoutError && <span className="error"> · layout failed: {layoutError}</span>}
          {validation.failure && <span className="error"> · validation failed: {validation.failure}</span>}
        </span>
        {notice && <span className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} onClick={() => setNotice(null)}>{notice.text}</span>}
      </header>
      <Palette onAdd={add} subnetPrefix={subnetPrefix} onSubnetPrefix={setSubnetPrefix} message={paletteMessage} />
      <main className="stage">
        <Canvas
          scene={scene}
          theme={theme}
          selection={selection}
          onSelect={(ids, additive) => { store.select(additive ? addToSelection(selection, ids) : ids); setFocusField(undefined) }}
          onMove={(id, at) => store.apply('Move', (p) => setPin(p, id, at), 'immediately')}
          isMovable={(id) => index.get(id) !== undefined}
          command={command}
          path={path}
        />
        {findOpen && (
          <FindBox
            project={project}
            onPick={(id, add) => {
              const ids = add ? [...selection, id] : [id]
              store.select(ids)
              canvasCommand('focus', ids)
              setFindOpen(false)
            }}
            onClose={() => setFindOpen(false)}
          />
        )}
      </main>
      <div className="side">
        {showInspector && (
          <Inspector
            project={project}
            index={index}
            resource={primary}
            focusField={focusField}
            diagnostics={primaryDiagnostics}
            onChange={(next, key) => store.apply(`Edit ${next.name}`, (p) => replaceResource(p, next), 'eventually', key)}
            onCommit={() => store.seal()}
            onDelete={(id) => requestDelete([id])}
          />
        )}
        {showSidebar && (
          <div className="tabs">
            {/* Both panels stay mounted: switching tabs keeps the reachability question, its answer and the filter. */}
            <div role="tablist" aria-label="Sidebar" onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return
              e.preventDefault()
              const next = e.key === 'Home' ? 'validation' : e.key === 'End' ? 'reachability' : tab === 'validation' ? 'reachability' : 'validation'
              setTab(next)
              document.getElementById(`tab-${next}`)?.focus()
            }}>
              <button role="tab" id="tab-validation" type="button" aria-selected={tab === 'validation'} aria-controls="panel-validation" tabIndex={tab === 'validation' ? 0 : -1} onClick={() => setTab('validation')}>
                Validation{validation.diagnostics.some((d) => d.severity === 'error') ? ` (${validation.diagnostics.filter((d) => d.severity === 'error').length})` : ''}
              </button>
              <button role="tab" id="tab-reachability" type="button" aria-selected={tab === 'reachability'} aria-controls="panel-reachability" tabIndex={tab === 'reachability' ? 0 : -1} onClick={() => setTab('reachability')}>Reachability</button>
            </div>
            <div role="tabpanel" id="panel-validation" aria-labelledby="tab-validation" className="tabpanel" hidden={tab !== 'validation'}>
              <ValidationSidebar
                diagnostics={validation.diagnostics}
                suppressed={validation.suppressed}
                index={index}
                onFocus={focusDiagnostic}
                onOpenRule={(ruleId) => void api.openRulesDoc({ ruleId })}
                onAccept={(d, reason) => store.apply('Accept diagnostic', (p: Project) => ({ ...p, suppressions: [...p.suppressions, { rule: d.ruleId, resource: d.resourceId, reason }] }))}
              />
            </div>
            <div role="tabpanel" id="panel-reachability" aria-labelledby="tab-reachability" className="tabpanel" hidden={tab !== 'reachability'}>
              <ReachabilityPanel active={showSidebar && tab === 'reachability'} project={project} index={index} selection={selection} onPath={showPath} onApplyFix={(label, apply) => store.apply(label, apply)} />
            </div>
          </div>
        )}
      </div>
      {confirm && <Confirm request={confirm} onClose={() => setConfirm(null)} />}
    </div>
  )
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Shift-click and marquee add to the selection; Shift-click on a selected box alone takes it out. */
function addToSelection(selection: readonly string[], ids: readonly string[]): string[] {
  if (ids.length === 1 && selection.includes(ids[0])) return selection.filter((id) => id !== ids[0])
  return [...new Set([...selection, ...ids])]
}

/** Find a resource by name, id or AWS id; Enter selects the first hit, Shift+Enter adds it to the selection. */
function FindBox({ project, onPick, onClose }: { project: Project; onPick: (id: string, addToSelection: boolean) => void; onClose: () => void }) {
  const [q, setQ] = useState('')
  const needle = q.toLowerCase()
  const score = (r: Resource) => (r.name.toLowerCase() === needle || r.id.toLowerCase() === needle ? 0 : 1)
  const hits = needle
    ? project.resources
        .filter((r) => r.name.toLowerCase().includes(needle) || r.id.toLowerCase().includes(needle) || (r.externalId ?? '').includes(needle))
        .sort((a, b) => score(a) - score(b))
        .slice(0, 12)
    : []
  return (
    <div className="find" role="search">
      <input autoFocus aria-label="Find resource" placeholder="Find a resource by name or id" value={q} onChange={(e) => setQ(e.target.value)} onKeyDown={(e) => { if (e.key === 'Escape') onClose(); if (e.key === 'Enter' && hits[0]) onPick(hits[0].id, e.shiftKey) }} />
      <ul>{hits.map((r) => <li key={r.id}><button type="button" onClick={(e) => onPick(r.id, e.shiftKey)}>{r.name} <span className="muted">{kinds[r.kind].title}</span></button></li>)}</ul>
    </div>
  )
}
