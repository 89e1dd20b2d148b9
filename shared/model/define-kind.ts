import type { z } from 'zod'

/** One reference a resource holds: where it sits in the resource, the id, and the kinds it may name. */
export interface RefSite {
  /** Path inside the resource, e.g. `['routes', 2, 'target']`. */
  readonly path: readonly (string | number)[]
  readonly id: string
  readonly kinds: readonly string[]
}

export interface KindDef<K extends string, S extends z.ZodType<{ kind: K; id: string; name: string }>> {
  readonly kind: K
  /** What people call it: "VPC", "NAT gateway". */
  readonly title: string
  readonly schema: S
  /** One line naming the resource on canvas, in diagnostics and lists. */
  readonly label: (resource: z.output<S>) => string
  /** Every id this resource points to; reference integrity and cascading deletes use it. */
  readonly refs: (resource: z.output<S>) => RefSite[]
}

export function defineKind<K extends string, S extends z.ZodType<{ kind: K; id: string; name: string }>>(
  def: KindDef<K, S>,
): KindDef<K, S> {
  return def
}

/** Ref sites for a list field: `listRefs(['subnets'], r.subnets, ['subnet'])`. */
export function listRefs(path: readonly (string | number)[], ids: readonly string[], kinds: readonly string[]): RefSite[] {
  return ids.map((id, i) => ({ path: [...path, i], id, kinds }))
}

/** A ref site for an optional field; nothing when unset. */
export function optionalRef(path: readonly (string | number)[], id: string | undefined, kinds: readonly string[]): RefSite[] {
  return id === undefined ? [] : [{ path, id, kinds }]
}
