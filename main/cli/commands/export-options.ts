import { UsageError } from '../command'

/** Options the PNG and PDF export commands share. */

export function parseTheme<T extends string>(value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed.includes('light' as T) ? ('light' as T) : allowed[0]
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`--theme must be one of ${allowed.join(', ')}, got "${String(value)}"`)
}

/** `--select a,b` → ['a', 'b']; absent → the whole design. */
export function parseSelection(value: unknown): string[] | undefined {
  if (value === undefined) return undefined
  const ids = String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (ids.length === 0) throw new UsageError('--select needs at least one resource id')
  return ids
}
