/**
 * A small HCL document model: just enough structure for the writer to lay lines out the way
 * `terraform fmt` does. Emitters build these values; only hcl/write.ts turns them into text.
 */

/** An expression written as-is: references, function calls, `each.key`. */
export interface RawExpr {
  readonly type: 'raw'
  readonly text: string
}

/** A list; `multiline` puts one element per line with trailing commas (additions then add lines only). */
export interface ListExpr {
  readonly type: 'list'
  readonly items: readonly Value[]
  readonly multiline: boolean
}

/** An object or map constructor, always one entry per line. Keys that are not identifiers are quoted. */
export interface ObjectExpr {
  readonly type: 'object'
  readonly entries: readonly (readonly [string, Value])[]
  /** Quote every key, as maps keyed by design ids read best; otherwise only keys that are not identifiers. */
  readonly quoteKeys: boolean
}

/** A function call whose last argument may be a multi-line object, e.g. `merge(var.tags, { … })`. */
export interface CallExpr {
  readonly type: 'call'
  readonly fn: string
  readonly args: readonly Value[]
}

export type Value = string | number | boolean | null | RawExpr | ListExpr | ObjectExpr | CallExpr

export interface Attribute {
  readonly type: 'attribute'
  readonly name: string
  readonly value: Value
}

export interface Block {
  readonly type: 'block'
  readonly blockType: string
  readonly labels: readonly string[]
  readonly body: readonly BodyItem[]
}

/** A `#` comment; multi-line text becomes several comment lines. */
export interface Comment {
  readonly type: 'comment'
  readonly text: string
}

export interface Blank {
  readonly type: 'blank'
}

export type BodyItem = Attribute | Block | Comment | Blank

export const raw = (text: string): RawExpr => ({ type: 'raw', text })
export const list = (items: readonly Value[], multiline = false): ListExpr => ({ type: 'list', items, multiline })
export const object = (entries: readonly (readonly [string, Value])[], quoteKeys = false): ObjectExpr => ({ type: 'object', entries, quoteKeys })
/** A map keyed by data (design ids, CIDRs): keys always quoted. */
export const map = (entries: readonly (readonly [string, Value])[]): ObjectExpr => object(entries, true)
export const call = (fn: string, ...args: Value[]): CallExpr => ({ type: 'call', fn, args })
export const attr = (name: string, value: Value): Attribute => ({ type: 'attribute', name, value })
export const block = (blockType: string, labels: readonly string[], body: readonly BodyItem[]): Block => ({ type: 'block', blockType, labels, body })
export const comment = (text: string): Comment => ({ type: 'comment', text })
export const blank: Blank = { type: 'blank' }

/** Whether the writer spreads the value over several lines. */
export function isMultiline(value: Value): boolean {
  if (value === null || typeof value !== 'object') return false
  switch (value.type) {
    case 'raw':
      return false
    case 'list':
      return value.items.length > 0 && (value.multiline || value.items.some(isMultiline))
    case 'object':
      return value.entries.length > 0
    case 'call':
      return value.args.some(isMultiline)
  }
}

/**
 * Attributes in order, leaving out undefined values (so emitters list optional arguments inline)
 * and moving multi-line values after the single-line ones, so one aligned run of `=` stays whole.
 */
export function attrs(entries: readonly (readonly [string, Value | undefined])[]): Attribute[] {
  const present = entries.filter((e): e is readonly [string, Value] => e[1] !== undefined)
  return [...present.filter(([, v]) => !isMultiline(v)), ...present.filter(([, v]) => isMultiline(v))].map(([n, v]) => attr(n, v))
}
