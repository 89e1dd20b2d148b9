import { describe, expect, it } from 'vitest'
import { loadProject, type Project } from '../../shared/model'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { deleteResources, pasteResources, planDelete, setPin } from './edits'
import { DocumentStore } from './store'

const peering = (() => {
  const r = loadProject(readFileSync(path.resolve(__dirname, '../../examples/peering.netdraft.json'), 'utf8'))
  if (!r.ok) throw new Error('example does not load')
  return r.project
})()
const rename = (id: string, name: string) => (p: Project) => ({ ...p, resources: p.resources.map((r) => (r.id === id ? { ...r, name } : r)) })
const nameOf = (s: DocumentStore, id: string) => s.project.resources.find((r) => r.id === id)?.name

describe('DocumentStore undo/redo', () => {
  it('undoes and redoes an edit and tracks dirty state against the saved project', () => {
    const s = new DocumentStore(peering)
    expect(s.getState()).toMatchObject({ dirty: false, canUndo: false })
    s.apply('Rename VPC', rename('vpc-a', 'frontend'))
    expect(s.getState()).toMatchObject({ dirty: true, canUndo: true, undoLabel: 'Rename VPC' })
    s.undo()
    expect(nameOf(s, 'vpc-a')).toBe('web')
    expect(s.getState()).toMatchObject({ dirty: false, canRedo: true, redoLabel: 'Rename VPC' })
    s.redo()
    expect(nameOf(s, 'vpc-a')).toBe('frontend')
  })

  it('folds continuous steps with one coalesce key into one undo entry until sealed', () => {
    const s = new DocumentStore(peering)
    for (const x of [10, 20, 30]) s.apply('Move', (p) => setPin(p, 'vpc-a', { x, y: 0 }), 'eventually', 'drag:vpc-a')
    s.seal()
    s.apply('Move', (p) => setPin(p, 'vpc-a', { x: 99, y: 0 }), 'eventually', 'drag:vpc-a')
    s.undo()
    expect(s.project.layout.pins['vpc-a']).toEqual({ x: 30, y: 0 })
    s.undo()
    expect(s.project.layout.pins['vpc-a']).toBeUndefined()
    expect(s.getState().canUndo).toBe(false)
  })

  it('clears history on load and after markSaved is clean', () => {
    const s = new DocumentStore(peering)
    s.apply('Rename', rename('vpc-a', 'x'))
    s.markSaved()
    expect(s.getState().dirty).toBe(false)
    s.load(peering)
    expect(s.getState()).toMatchObject({ canUndo: false, dirty: false })
  })

  it('drops deleted resources from the selection, and undo brings them back', () => {
    const s = new DocumentStore(peering)
    s.select(['vpc-c', 'vpc-a'])
    s.apply('Delete', (p) => deleteResources(p, ['vpc-c']))
    expect(s.getState().selection).toEqual(['vpc-a'])
    s.undo()
    expect(s.project.resources.some((r) => r.id === 'vpc-c')).toBe(true)
  })
})

describe('deleting with dependents', () => {
  it('deletes what cannot live without the VPC and unhooks what can', () => {
    const { deleted, patched } = planDelete(peering, ['vpc-c'])
    expect(deleted).toContain('vpc-c-private-a')
    expect(deleted).toContain('vpc-c-nat-a')
    expect(deleted).toContain('pcx-bc')
    expect(deleted).toContain('wl-db')
    expect(deleted.has('vpc-b')).toBe(false)
    // api's private tables lose their route to the deleted peering but stay.
    const table = patched.get('vpc-b-rt-private-a') as { routes: { target: string }[] }
    expect(table.routes.map((r) => r.target)).toEqual(['vpc-b-nat-a', 'pcx-ab'])
    const after = deleteResources(peering, ['vpc-c'])
    expect(loadProject(JSON.stringify(after)).ok).toBe(true)
  })

  it('unsets an optional reference instead of deleting the subnet', () => {
    const after = deleteResources(peering, ['vpc-a-rt-private-a'])
    const subnet = after.resources.find((r) => r.id === 'vpc-a-private-a') as { routeTable?: string }
    expect(subnet).toBeDefined()
    expect(subnet.routeTable).toBeUndefined()
  })
})

describe('paste', () => {
  it('copies with fresh ids and names and rewires references inside the copied set', () => {
    const clip = peering.resources.filter((r) => r.id === 'vpc-a-public-a' || r.id === 'vpc-a-nat-a')
    const { project, ids } = pasteResources(peering, clip)
    expect(ids).toEqual(['vpc-a-public-a-copy', 'vpc-a-nat-a-copy'])
    const nat = project.resources.find((r) => r.id === 'vpc-a-nat-a-copy') as { subnet: string; name: string }
    expect(nat.subnet).toBe('vpc-a-public-a-copy')
    expect(nat.name).toBe('web-nat-a copy')
    expect(loadProject(JSON.stringify(project)).ok).toBe(true)
  })
})
