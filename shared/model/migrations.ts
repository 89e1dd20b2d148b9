import { CURRENT_FORMAT_VERSION } from './project'

/**
 * One document-level step from `from` to `from + 1`. `up` edits the draft it is given (a deep copy),
 * so steps stay short; the runner guarantees the caller's input is never touched.
 * Steps are append-only: a released step never changes.
 */
export interface Migration {
  /** Stable name, e.g. `2-route-targets-as-ids`. */
  readonly id: string
  readonly from: number
  readonly up: (draft: Record<string, unknown>) => void
}

/**
 * The released steps, oldest first. Format 1 is the first released format, so there are none yet;
 * the next change to the saved shape adds `{ id: '2-…', from: 1, up }` here and bumps
 * CURRENT_FORMAT_VERSION.
 */
export const migrations: readonly Migration[] = []

export type MigrateResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string }

/** Brings a parsed document up to `target`, one step at a time, on a copy. */
export function migrate(
  input: Record<string, unknown>,
  steps: readonly Migration[] = migrations,
  target: number = CURRENT_FORMAT_VERSION,
): MigrateResult {
  const version = input.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'formatVersion must be a whole number of at least 1 (is this a Netdraft file?)' }
  }
  if (version > target) {
    return {
      ok: false,
      message: `this file uses format version ${version}, but this Netdraft reads up to version ${target}: open it with a newer Netdraft`,
    }
  }
  // Parsed JSON only holds plain data, so a JSON round trip is a faithful deep copy.
  const doc = JSON.parse(JSON.stringify(input)) as Record<string, unknown>
  const applied: string[] = []
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v)
    if (!step) return { ok: false, message: `no migration from format version ${v} to ${v + 1}` }
    step.up(doc)
    doc.formatVersion = v + 1
    applied.push(step.id)
  }
  return { ok: true, doc, applied }
}
