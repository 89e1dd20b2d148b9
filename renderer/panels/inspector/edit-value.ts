import type { Resource } from '../../../shared/model'
import { fieldErrors } from './fields'

export type Path = readonly (string | number)[]

export function getAt(obj: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], obj)
}

/** A copy of `resource` with `value` at `path`; undefined removes the key (or the list item). */
export function setAt(resource: Resource, path: Path, value: unknown): Resource {
  const copy = structuredClone(resource) as unknown as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1)
    else delete node[last]
  } else node[last] = value
  return copy as unknown as Resource
}

/**
 * Fields of which the schema wants exactly one (its `refine`): choosing one clears the others in the
 * same object, so switching a route from a CIDR to a prefix list is one valid edit instead of an
 * impossible pair (clearing first is invalid, setting first makes two).
 */
const exclusive: { kind: Resource['kind']; depth: number; fields: readonly string[] }[] = [
  { kind: 'routeTable', depth: 3, fields: ['destination', 'destinationPrefixList'] },
  { kind: 'securityGroup', depth: 3, fields: ['cidr', 'ipv6Cidr', 'securityGroup', 'prefixList'] },
  { kind: 'interfaceEndpoint', depth: 1, fields: ['service', 'endpointService'] },
]

export type EditResult = { ok: true; next: Resource } | { ok: false; error: string }

/**
 * The resource with one field changed, or why the kind schema refuses it: the inspector's only way
 * into the document, so no editor (text, picker, checkbox, chip) can store a value the file format
 * would reject on load.
 */
export function editValue(resource: Resource, path: Path, value: unknown): EditResult {
  let next = setAt(resource, path, value)
  const field = String(path.at(-1))
  const group = exclusive.find((g) => g.kind === resource.kind && g.depth === path.length && g.fields.includes(field))
  if (group && value !== undefined) {
    for (const other of group.fields) if (other !== field && getAt(next, [...path.slice(0, -1), other]) !== undefined) next = setAt(next, [...path.slice(0, -1), other], undefined)
  }
  const errors = fieldErrors(next)
  if (errors.size === 0) return { ok: true, next }
  // The message for this field first, then one for its row (a refine), then any.
  const error = errors.get(path.join('.')) ?? errors.get(path.slice(0, -1).join('.')) ?? [...errors.values()][0]
  return { ok: false, error }
}
