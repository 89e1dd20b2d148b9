/**
 * Terraform names derived from design ids. A label depends only on the id it names, so renaming a
 * resource in the design never moves it in state; ids that are not valid Terraform identifiers get a
 * readable spelling plus a short hash of the original id, which keeps distinct ids apart.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** FNV-1a, 32 bit, base 36: short, stable across runs and platforms. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}

/** A block label or map-key-safe identifier for a design id. */
export function labelFor(id: string): string {
  if (IDENTIFIER.test(id)) return id
  const readable = id.replace(/[^A-Za-z0-9_-]/g, '_')
  return `${/^[A-Za-z_]/.test(readable) ? '' : 'r_'}${readable}_${shortHash(id)}`
}

/**
 * A variable name fragment in snake_case, so `var.` references read like the provider's own
 * arguments. Not injective (`a-b`, `a_b`): VariableSet resolves the rare clash with a hash.
 */
export function snakeFor(id: string): string {
  const readable = id.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()
  return /^[a-z_]/.test(readable) ? readable : `r_${readable}`
}

/** A CIDR or prefix as a label fragment: `10.0.0.0/16` → `10-0-0-0_16`. */
export function cidrLabel(cidr: string): string {
  return cidr.replace(/[.:]/g, '-').replace('/', '_')
}

/** Hands out labels per resource type and refuses two design objects landing on one address. */
export class LabelRegistry {
  private readonly taken = new Map<string, string>()

  has(type: string, label: string): boolean {
    return this.taken.has(`${type}.${label}`)
  }

  claim(type: string, label: string, owner: string): string {
    const key = `${type}.${label}`
    const previous = this.taken.get(key)
    if (previous !== undefined && previous !== owner) {
      throw new Error(`Terraform address ${key} would name both ${previous} and ${owner}; rename one of the ids`)
    }
    this.taken.set(key, owner)
    return label
  }
}

/** Locale-independent string order, so output never depends on the machine's language settings. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
