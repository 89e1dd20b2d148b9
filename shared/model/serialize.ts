import { kindNames } from './kinds'
import { type Project, SCHEMA_ID } from './project'

const kindOrder = new Map<string, number>(kindNames.map((k, i) => [k, i]))

/**
 * The saved form: two-space JSON with a trailing newline, keys in schema order, resources grouped by
 * kind and sorted by id, and empty default lists/maps left out, so that one edit changes few lines.
 */
export function serializeProject(project: Project): string {
  const resources = [...project.resources]
    .sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(dropEmpty)
  const pins = Object.fromEntries(Object.entries(project.layout.pins).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const doc = {
    $schema: project.$schema ?? SCHEMA_ID,
    formatVersion: project.formatVersion,
    name: project.name,
    description: project.description,
    resources,
    suppressions: project.suppressions,
    layout: { ...project.layout, pins },
    view: project.view,
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

function dropEmpty<T extends object>(resource: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(resource)) {
    if (v === undefined) continue
    if (Array.isArray(v) && v.length === 0) continue
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue
    out[k] = v
  }
  return out as T
}
