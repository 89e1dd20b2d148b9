import { type Project, type RefSite, type Resource, kinds, refsOf } from '../../shared/model'

/**
 * Pure edits of a project. Every function returns a new project and leaves its input untouched, so
 * the history can keep earlier projects as they were.
 */

export function addResources(project: Project, added: readonly Resource[]): Project {
  return { ...project, resources: [...project.resources, ...added] }
}

export function replaceResource(project: Project, next: Resource): Project {
  let found = false
  const resources = project.resources.map((r) => {
    if (r.id !== next.id) return r
    found = true
    return next
  })
  if (!found) throw new Error(`no resource with id "${next.id}"`)
  return { ...project, resources }
}

export interface DeletePlan {
  /** Every resource that goes: the ones asked for and the dependents that cannot live without them. */
  readonly deleted: ReadonlySet<string>
  /** Resources that stay, with their references to deleted resources removed (a route, a list entry). */
  readonly patched: ReadonlyMap<string, Resource>
}

/**
 * What deleting `ids` takes with it. A reference in a list (a subnet of an attachment, a route, a
 * security group rule) is dropped from the list; an optional reference (a subnet's route table) is
 * unset; a required one (a subnet's VPC) deletes the dependent too, and so on until nothing changes.
 * A dependent that its schema no longer accepts after the patch (an attachment left without subnets)
 * is deleted as well.
 */
export function planDelete(project: Project, ids: Iterable<string>): DeletePlan {
  const deleted = new Set(ids)
  const patched = new Map<string, Resource>()
  let changed = true
  while (changed) {
    changed = false
    for (const original of project.resources) {
      if (deleted.has(original.id)) continue
      const current = patched.get(original.id) ?? original
      const sites = refsOf(current).filter((s) => deleted.has(s.id))
      if (sites.length === 0) continue
      const next = withoutSites(current, sites)
      if (next === null || !kinds[next.kind].schema.safeParse(next).success) {
        deleted.add(original.id)
        patched.delete(original.id)
      } else patched.set(original.id, next)
      changed = true
    }
  }
  return { deleted, patched }
}

export function deleteResources(project: Project, ids: Iterable<string>): Project {
  const { deleted, patched } = planDelete(project, ids)
  const pins = Object.fromEntries(Object.entries(project.layout.pins).filter(([id]) => !deleted.has(id)))
  return {
    ...project,
    resources: project.resources.filter((r) => !deleted.has(r.id)).map((r) => patched.get(r.id) ?? r),
    suppressions: project.suppressions.filter((s) => !deleted.has(s.resource)),
    layout: { ...project.layout, pins },
  }
}

/** The resource with the given reference sites removed, or null when one of them is required. */
function withoutSites(resource: Resource, sites: readonly RefSite[]): Resource | null {
  const copy = structuredClone(resource) as unknown as Record<string, unknown>
  const shape = (kinds[resource.kind].schema as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape
  // Remove list items from the highest index down so earlier indexes stay valid.
  const ordered = [...sites].sort((a, b) => Number(b.path[1] ?? -1) - Number(a.path[1] ?? -1))
  const removed = new Set<string>()
  for (const site of ordered) {
    const [field, index] = site.path
    if (site.path.length === 1) {
      if (!shape[field as string]?.safeParse(undefined).success) return null
      delete copy[field as string]
      continue
    }
    const key = `${String(field)}:${String(index)}`
    if (removed.has(key)) continue
    removed.add(key)
    ;(copy[field as string] as unknown[]).splice(index as number, 1)
  }
  return copy as unknown as Resource
}

export function setPin(project: Project, id: string, at: { x: number; y: number }): Project {
  return { ...project, layout: { ...project.layout, pins: { ...project.layout.pins, [id]: { x: Math.round(at.x), y: Math.round(at.y) } } } }
}

export function clearPins(project: Project): Project {
  return Object.keys(project.layout.pins).length === 0 ? project : { ...project, layout: { ...project.layout, pins: {} } }
}

/**
 * Copies of `clipboard` with fresh ids and names that do not clash. References between copied
 * resources point to the copies; references outside the copied set are kept when the target exists.
 */
export function pasteResources(project: Project, clipboard: readonly Resource[]): { project: Project; ids: string[] } {
  const ids = new Set(project.resources.map((r) => r.id))
  const names = new Set(project.resources.map((r) => `${r.kind}:${r.name}`))
  const renamed = new Map<string, string>()
  for (const r of clipboard) {
    const id = uniqueName(`${r.id}-copy`, (c) => ids.has(c), '-')
    ids.add(id)
    renamed.set(r.id, id)
  }
  const copies = clipboard.map((r) => {
    const copy = structuredClone(r) as unknown as Record<string, unknown>
    copy.id = renamed.get(r.id)
    delete copy.externalId
    const name = uniqueName(`${r.name} copy`, (c) => names.has(`${r.kind}:${c}`), ' ')
    names.add(`${r.kind}:${name}`)
    copy.name = name
    for (const site of refsOf(r)) {
      const to = renamed.get(site.id)
      if (to) setAt(copy, site.path, to)
    }
    return copy as unknown as Resource
  })
  const existing = new Set(project.resources.map((r) => r.id))
  const usable = copies.filter((c) => refsOf(c).every((s) => existing.has(s.id) || [...renamed.values()].includes(s.id)))
  return { project: addResources(project, usable), ids: usable.map((c) => c.id) }
}

function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let node: unknown = target
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key]
  ;(node as Record<string | number, unknown>)[path.at(-1)!] = value
}

/** `base`, else `base<sep>2`, `base<sep>3`… the first that is free. */
export function uniqueName(base: string, taken: (candidate: string) => boolean, sep = '-'): string {
  if (!taken(base)) return base
  for (let n = 2; ; n++) if (!taken(`${base}${sep}${n}`)) return `${base}${sep}${n}`
}
