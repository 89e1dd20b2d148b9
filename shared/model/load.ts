import type { z } from 'zod'
import { type Kind, refsOf } from './kinds'
import { JsonLocator, type TextPosition, jsonPointer, locateSyntaxError } from './json-location'
import { migrate } from './migrations'
import { type Project, projectSchema } from './project'

export type ProblemCode = 'syntax' | 'version' | 'schema' | 'duplicate-id' | 'reference'

/** One reason a file cannot be opened, located as precisely as the text allows. */
export interface LoadProblem {
  code: ProblemCode
  message: string
  /** JSON path, e.g. `$.resources[3].cidr`. */
  path: string
  /** The resource the problem sits in, when it sits in one. */
  resourceId?: string
  /** The field of that resource, e.g. `routes[2].target`. */
  field?: string
  line?: number
  column?: number
}

export type LoadResult = { ok: true; project: Project; migrated: string[] } | { ok: false; problems: LoadProblem[] }

/** Parse → migrate → schema → reference integrity. Never throws on any input text. */
export function loadProject(text: string): LoadResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let raw: unknown
  try {
    raw = JSON.parse(clean)
  } catch {
    const { message, position } = locateSyntaxError(clean)
    return { ok: false, problems: [{ code: 'syntax', message: `invalid JSON: ${message}`, path: '$', ...position }] }
  }
  return loadProjectValue(raw, new JsonLocator(clean))
}

/** The same checks for an already parsed value (IPC, import); positions are given when a locator is. */
export function loadProjectValue(raw: unknown, locator?: JsonLocator): LoadResult {
  const at = (path: readonly (string | number)[]): Partial<TextPosition> => locator?.positionOf(path) ?? {}
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ code: 'schema', message: 'a Netdraft file is a JSON object', path: '$', ...at([]) }] }
  }
  const migrated = migrate(raw as Record<string, unknown>)
  if (!migrated.ok) {
    return { ok: false, problems: [{ code: 'version', message: migrated.message, path: '$.formatVersion', ...at(['formatVersion']) }] }
  }
  const parsed = projectSchema.safeParse(migrated.doc)
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(parsed.error, migrated.doc, at) }
  }
  const problems = integrityProblems(parsed.data, at)
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, project: parsed.data, migrated: migrated.applied }
}

function schemaProblems(
  error: z.ZodError,
  doc: Record<string, unknown>,
  at: (path: readonly (string | number)[]) => Partial<TextPosition>,
): LoadProblem[] {
  return error.issues.slice(0, 200).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    const where = resourceAt(doc, path)
    return {
      code: 'schema' as const,
      message: issue.message,
      path: jsonPointer(path),
      ...where,
      ...at(path),
    }
  })
}

/** For a path under `resources[i]`, the id of that resource and the field inside it. */
function resourceAt(doc: Record<string, unknown>, path: readonly (string | number)[]): { resourceId?: string; field?: string } {
  if (path[0] !== 'resources' || typeof path[1] !== 'number') return {}
  const list = doc.resources
  const item = Array.isArray(list) ? (list[path[1]] as Record<string, unknown> | undefined) : undefined
  const id = item && typeof item.id === 'string' ? item.id : undefined
  const rest = path.slice(2)
  return { resourceId: id, field: rest.length ? jsonPointer(rest).slice(2).replace(/^\[/, '[') : undefined }
}

function integrityProblems(project: Project, at: (path: readonly (string | number)[]) => Partial<TextPosition>): LoadProblem[] {
  const problems: LoadProblem[] = []
  const kindById = new Map<string, Kind>()
  project.resources.forEach((r, i) => {
    if (kindById.has(r.id)) {
      problems.push({
        code: 'duplicate-id',
        message: `id "${r.id}" is used by more than one resource (ids must be unique)`,
        path: jsonPointer(['resources', i, 'id']),
        resourceId: r.id,
        field: 'id',
        ...at(['resources', i, 'id']),
      })
    } else kindById.set(r.id, r.kind)
  })
  project.resources.forEach((r, i) => {
    for (const site of refsOf(r)) {
      const kind = kindById.get(site.id)
      const field = jsonPointer(site.path).slice(1).replace(/^\./, '')
      const path = ['resources', i, ...site.path]
      if (kind === undefined) {
        problems.push({
          code: 'reference',
          message: `${r.kind} "${r.id}" field ${field} points to "${site.id}", which does not exist`,
          path: jsonPointer(path),
          resourceId: r.id,
          field,
          ...at(path),
        })
      } else if (!site.kinds.includes(kind)) {
        problems.push({
          code: 'reference',
          message: `${r.kind} "${r.id}" field ${field} points to ${kind} "${site.id}", but must name a ${site.kinds.join(' or ')}`,
          path: jsonPointer(path),
          resourceId: r.id,
          field,
          ...at(path),
        })
      }
    }
  })
  project.suppressions.forEach((s, i) => {
    if (!kindById.has(s.resource)) {
      const path = ['suppressions', i, 'resource']
      problems.push({ code: 'reference', message: `suppression of ${s.rule} names "${s.resource}", which does not exist`, path: jsonPointer(path), ...at(path) })
    }
  })
  return problems
}

/** One line for a person: `file:line:column: resource r1 field cidr: message`. */
export function formatProblem(p: LoadProblem, file?: string): string {
  const where = [file, p.line, p.column].filter((x) => x !== undefined).join(':')
  const subject = p.resourceId ? `resource "${p.resourceId}"${p.field ? ` field ${p.field}` : ''}` : p.path
  return `${where ? `${where}: ` : ''}${p.code} error at ${subject}: ${p.message}`
}
