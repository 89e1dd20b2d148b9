import type { z } from 'zod'
import { type Kind, type Resource, kinds, refsOf } from '../../../shared/model'

/**
 * What the inspector shows for one field, read off the kind's zod schema so every field of every
 * kind is editable without a hand-written form per kind.
 */
export type FieldSpec =
  | { type: 'text'; optional: boolean }
  | { type: 'number'; optional: boolean; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'enum'; options: readonly string[]; optional: boolean }
  | { type: 'ref'; kinds: readonly string[]; optional: boolean; extra?: readonly string[] }
  | { type: 'refList'; kinds: readonly string[] }
  | { type: 'textList'; enumOptions?: readonly string[] }
  | { type: 'tags' }
  | { type: 'objectList'; item: Readonly<Record<string, FieldSpec>> }

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } }

/** Fields the inspector does not offer as inputs: identity is fixed once created, the AWS id comes from import. */
const fixed = new Set(['kind', 'id', 'externalId'])

export function fieldsOf(kind: Kind, sample: Resource): [string, FieldSpec][] {
  const shape = (kinds[kind].schema as unknown as { shape: Record<string, AnySchema> }).shape
  return Object.entries(shape)
    .filter(([name]) => !fixed.has(name))
    .map(([name, schema]) => [name, describe(schema, [name], sample)] as [string, FieldSpec])
}

function describe(schema: AnySchema, path: (string | number)[], sample: Resource, optional = false): FieldSpec {
  const def = schema._zod.def
  switch (def.type) {
    case 'optional':
    case 'default':
      return describe(def.innerType as AnySchema, path, sample, true)
    case 'string': {
      const kindsHere = refKindsAt(sample, path)
      return kindsHere ? { type: 'ref', kinds: kindsHere, optional } : { type: 'text', optional }
    }
    case 'number':
      return { type: 'number', optional, min: (schema as unknown as { minValue?: number }).minValue ?? undefined, max: (schema as unknown as { maxValue?: number }).maxValue ?? undefined }
    case 'boolean':
      return { type: 'boolean' }
    case 'enum':
      return { type: 'enum', options: (schema as unknown as { options: string[] }).options, optional }
    case 'literal':
      return { type: 'enum', options: (def.values as string[]) ?? [], optional }
    case 'union': {
      // `'local' | <ref>` style unions: literal choices plus references.
      const options = def.options as AnySchema[]
      const literals = options.filter((o) => o._zod.def.type === 'literal').flatMap((o) => o._zod.def.values as string[])
      const kindsHere = refKindsAt(sample, path)
      return kindsHere ? { type: 'ref', kinds: kindsHere, optional, extra: literals } : { type: 'text', optional }
    }
    case 'record':
      return { type: 'tags' }
    case 'array': {
      const element = def.element as AnySchema
      const elementType = unwrap(element)._zod.def.type
      if (elementType === 'object') {
        const shape = (unwrap(element) as unknown as { shape: Record<string, AnySchema> }).shape
        return { type: 'objectList', item: Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, describe(s, [...path, 0, k], sample)])) }
      }
      const kindsHere = refKindsAt(sample, [...path, 0])
      if (kindsHere) return { type: 'refList', kinds: kindsHere }
      return { type: 'textList', enumOptions: elementType === 'enum' ? (unwrap(element) as unknown as { options: string[] }).options : undefined }
    }
    default:
      return { type: 'text', optional }
  }
}

function unwrap(schema: AnySchema): AnySchema {
  const t = schema._zod.def.type
  return t === 'optional' || t === 'default' ? unwrap(schema._zod.def.innerType as AnySchema) : schema
}

const PROBE = '__inspector_probe__'

/**
 * The kinds a field may reference, found by asking the kind's own `refs` what it reports when the
 * field holds a probe id; undefined when the field is not a reference.
 */
export function refKindsAt(sample: Resource, path: readonly (string | number)[]): readonly string[] | undefined {
  const probe = structuredClone(sample) as unknown as Record<string, unknown>
  let node: Record<string | number, unknown> = probe
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]
    const nextKey = path[i + 1]
    if (node[key] === undefined || node[key] === null) node[key] = typeof nextKey === 'number' ? [] : {}
    node = node[key] as Record<string | number, unknown>
  }
  node[path.at(-1)!] = PROBE
  try {
    const site = refsOf(probe as unknown as Resource).find((s) => s.id === PROBE && s.path.join('.') === path.join('.'))
    return site?.kinds
  } catch {
    return undefined
  }
}

/** Error messages of a candidate resource per field path (`cidr`, `routes.2.target`), from its kind schema. */
export function fieldErrors(candidate: Resource): Map<string, string> {
  const result = kinds[candidate.kind].schema.safeParse(candidate)
  const errors = new Map<string, string>()
  if (!result.success) for (const issue of result.error.issues) errors.set(issue.path.map(String).join('.'), issue.message)
  return errors
}
