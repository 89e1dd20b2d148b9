import type { Kind } from '../../model'
import { resourceId } from '../../model/primitives'
import type { ReadResult } from './read-files'
import { type Obj, type Rec, pathText, str, tagMap } from './record'
import type { ImportError, ImportReport, ReportEntry, SourceRef } from './types'

/** A resource under construction: plain data the final schema parse fills with defaults. */
export type Draft = { kind: Kind; id: string; name: string } & Obj

const UNKNOWN_ACCOUNT = '000000000000'

/** State shared by the mappers: resources made so far, AWS id → model id, the report, and errors. */
export class ImportContext {
  readonly resources = new Map<string, Draft>()
  readonly errors: ImportError[] = []
  readonly report: ImportReport
  private readonly byAwsId = new Map<string, string>()
  private readonly usedIds = new Set<string>()
  private readonly claimed = new Map<string, SourceRef>()

  constructor(private readonly read: ReadResult, fileCount: number) {
    this.report = {
      files: fileCount,
      imported: {},
      sources: {},
      skipped: [...read.skipped],
      merged: [],
      ignored: read.ignored,
      notUnderstood: read.notUnderstood,
      assumptions: read.assumptions,
    }
  }

  records(key: Parameters<ReadResult['records']['get']>[0]): Rec[] {
    return this.read.records.get(key) ?? []
  }

  src(rec: Rec, sub: (string | number)[] = []): SourceRef {
    return { file: rec.file, path: pathText([...rec.path, ...sub]) }
  }

  skip(rec: Rec, item: string, reason: string, sub: (string | number)[] = []): void {
    this.report.skipped.push({ ...this.src(rec, sub), item, reason })
  }

  assume(rec: Rec, item: string, reason: string): void {
    this.report.assumptions.push({ ...this.src(rec), item, reason })
  }

  /** Malformed input: recorded with its position; any error makes the whole import fail. */
  malformed(rec: Rec, sub: (string | number)[], message: string): void {
    const path = [...rec.path, ...sub]
    this.errors.push({ file: rec.file, message, path: pathText(path), ...this.read.locate(rec.file, path) })
  }

  /**
   * Claims an AWS id for the first record that carries it. A later copy (the same peering seen
   * from both accounts) is recorded as merged and the caller skips it.
   */
  claim(awsId: string, rec: Rec): boolean {
    const first = this.claimed.get(awsId)
    if (first) {
      this.report.merged.push({ ...this.src(rec), item: awsId, reason: `same object as ${first.file} ${first.path}` })
      return false
    }
    this.claimed.set(awsId, this.src(rec))
    return true
  }

  /** Adds a resource for an AWS object; its id is the AWS id when that is a valid resource id. */
  add(awsId: string, rec: Rec, draft: { kind: Kind; name: string; id?: string } & Obj): Draft {
    const id = draft.id ?? this.freshId(awsId)
    const full = { ...draft, id, externalId: awsId } as Draft
    this.byAwsId.set(awsId, id)
    this.insert(full, this.src(rec))
    return full
  }

  /** Adds a resource that has no AWS id of its own (accounts, workloads). */
  insert(draft: Draft, source: SourceRef): Draft {
    this.usedIds.add(draft.id)
    this.resources.set(draft.id, draft)
    this.report.sources[draft.id] = source
    this.report.imported[draft.kind] = (this.report.imported[draft.kind] ?? 0) + 1
    return draft
  }

  /** Lets another AWS id (an instance or ENI grouped into a workload) name an existing resource. */
  alias(awsId: string, id: string): void {
    if (!this.byAwsId.has(awsId)) this.byAwsId.set(awsId, id)
  }

  /** The model resource made from an AWS id, if it was imported and is of one of `kinds`. */
  get(awsId: string | undefined, ...kinds: Kind[]): Draft | undefined {
    if (awsId === undefined) return undefined
    const id = this.byAwsId.get(awsId)
    const r = id === undefined ? undefined : this.resources.get(id)
    return r && (kinds.length === 0 || kinds.includes(r.kind)) ? r : undefined
  }

  /** `base` when it is a valid, unused resource id; else a valid variant of it, suffixed `-2`, `-3`… until unused. */
  freshId(base: string): string {
    const valid = resourceId.safeParse(base).success ? base : base.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 72) || 'imported'
    let id = valid
    for (let n = 2; this.usedIds.has(id); n++) id = `${valid.slice(0, 72)}-${n}`
    this.usedIds.add(id)
    return id
  }

  /** The model id of an account resource, created on first use. */
  account(accountId: string | undefined, rec: Rec): string {
    const known = accountId && /^\d{12}$/.test(accountId) ? accountId : undefined
    const number = known ?? UNKNOWN_ACCOUNT
    const id = `account-${number}`
    if (!this.resources.has(id)) {
      if (!known) this.assume(rec, 'account', `no account folder or OwnerId: recorded as account ${UNKNOWN_ACCOUNT}`)
      this.insert({ kind: 'account', id, name: known ? `Account ${number}` : 'Unknown account', accountId: number, tags: {} }, this.src(rec))
    }
    return id
  }

  /** The account of a record: its folder, else its owner field. */
  accountOf(rec: Rec, ownerField = 'OwnerId'): string {
    return this.account(rec.scope.account ?? str(rec.value, ownerField), rec)
  }
}

/** Name tag (or the fallback, usually the AWS id) and the other tags, within the model's limits. */
export function naming(o: Obj, fallback: string): { name: string; tags: Record<string, string> } {
  const all = tagMap(o)
  const tagged = all.get('Name')?.trim()
  const tags: Record<string, string> = {}
  for (const [k, v] of [...all].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (k !== 'Name' && k.length >= 1 && k.length <= 128 && v.length <= 256) tags[k] = v
  }
  return { name: tagged ? tagged.slice(0, 255) : fallback, tags }
}

export type { ReportEntry }
