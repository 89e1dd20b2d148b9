import type { Project, Resource } from '../../shared/model'

/**
 * Turns a reachability fix sentence of the form `add route <destination> → <target> in <route table>`
 * (the engine's wording; ids may carry an AWS id in parentheses) into an edit of the design.
 * Returns null for fixes that need a person's judgement (a new peering, a security group rule…).
 */
export function fixAsEdit(project: Project, fix: string): { label: string; apply: (p: Project) => Project } | null {
  const m = /^add route (\S+) → (\S+)(?: \([^)]*\))? in (\S+)/.exec(fix.trim())
  if (!m) return null
  const [, destination, target, tableRef] = m
  const table = project.resources.find((r) => r.kind === 'routeTable' && (r.id === tableRef || r.externalId === tableRef))
  const targetResource = target === 'local' ? undefined : project.resources.find((r) => r.id === target || r.externalId === target)
  if (!table || (target !== 'local' && !targetResource)) return null
  const route = { destination, target: targetResource?.id ?? 'local' }
  return {
    label: `Add route ${destination} → ${route.target}`,
    apply: (p) => ({
      ...p,
      resources: p.resources.map((r): Resource => (r.id === table.id && r.kind === 'routeTable' ? { ...r, routes: [...r.routes, route] } : r)),
    }),
  }
}
