/** A JSON object from the input. */
export type Obj = Record<string, unknown>

/** Where a record's resources live: the account (from the folders, else the object's owner) and Region. */
export interface Scope {
  account?: string
  region: string
}

/** One AWS object from a describe-* list, with its file, JSON path and folder scope. */
export interface Rec {
  value: Obj
  file: string
  path: (string | number)[]
  scope: Scope
}

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

export function str(o: Obj | undefined, key: string): string | undefined {
  const v = o?.[key]
  return typeof v === 'string' && v !== '' ? v : undefined
}

export function num(o: Obj | undefined, key: string): number | undefined {
  const v = o?.[key]
  if (typeof v === 'number' && Number.isFinite(v)) return v
  // AWS prints some numbers as strings (BgpAsn, NACL protocol numbers).
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v)
  return undefined
}

export function bool(o: Obj | undefined, key: string): boolean | undefined {
  const v = o?.[key]
  return typeof v === 'boolean' ? v : undefined
}

export function obj(o: Obj | undefined, key: string): Obj | undefined {
  const v = o?.[key]
  return isObj(v) ? v : undefined
}

/** The objects of a list field, each with its index (non-objects are left out). */
export function objs(o: Obj | undefined, key: string): [Obj, number][] {
  const v = o?.[key]
  if (!Array.isArray(v)) return []
  return v.flatMap((item, i): [Obj, number][] => (isObj(item) ? [[item, i]] : []))
}

export function strs(o: Obj | undefined, key: string): string[] {
  const v = o?.[key]
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : []
}

/** AWS `enable`/`disable` option values. */
export function enabled(o: Obj | undefined, key: string): boolean | undefined {
  const v = str(o, key)
  return v === 'enable' ? true : v === 'disable' ? false : undefined
}

/** `$.Vpcs[0].CidrBlockAssociationSet[1]` form of a record path plus a sub-path. */
export function pathText(path: readonly (string | number)[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`
}

/** Tags as AWS lists them (`Tags` or `TagSet`), as a map. */
export function tagMap(o: Obj): Map<string, string> {
  const out = new Map<string, string>()
  for (const [tag] of [...objs(o, 'Tags'), ...objs(o, 'TagSet')]) {
    const key = tag.Key
    const value = tag.Value
    if (typeof key === 'string' && typeof value === 'string') out.set(key, value)
  }
  return out
}
