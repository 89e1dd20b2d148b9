import { type Cidr, parseCidr } from './cidr'

/**
 * Finds which stored CIDR blocks overlap a query block without comparing every pair.
 *
 * Aligned blocks overlap only when one contains the other, so a query needs two lookups: the blocks
 * inside the query (a range scan over blocks sorted by start) and the blocks around it (at most one
 * candidate per shorter prefix length, found by exact key). A build is O(n log n), a query
 * O(log n + prefix bits + hits).
 */
export class CidrIndex<T> {
  private readonly sorted: { cidr: Cidr; value: T }[] = []
  private readonly byBlock = new Map<string, { cidr: Cidr; value: T }[]>()
  private readonly prefixes = new Set<number>()
  private built = false

  add(cidrText: string | Cidr, value: T): void {
    const cidr = typeof cidrText === 'string' ? parseCidr(cidrText) : cidrText
    if (!cidr) return
    const entry = { cidr, value }
    if (this.built) this.insertSorted(entry)
    else this.sorted.push(entry)
    const key = blockKey(cidr.family, cidr.start, cidr.prefix)
    const list = this.byBlock.get(key)
    if (list) list.push(entry)
    else this.byBlock.set(key, [entry])
    this.prefixes.add(cidr.family * 1000 + cidr.prefix)
  }

  /**
   * Keeps an already sorted index sorted when adding after a query (rules that add as they go, like
   * "overlaps an earlier attachment"), instead of re-sorting everything at the next query. Placing the
   * entry after every equal start gives the order a stable sort of all insertions would.
   */
  private insertSorted(entry: { cidr: Cidr; value: T }): void {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compareStart(this.sorted[mid].cidr, entry.cidr) <= 0) lo = mid + 1
      else hi = mid
    }
    if (lo === this.sorted.length) this.sorted.push(entry)
    else this.sorted.splice(lo, 0, entry)
  }

  get size(): number {
    return this.sorted.length
  }

  /** Every stored entry whose block overlaps `query` (equal blocks included). */
  overlapping(query: Cidr): { cidr: Cidr; value: T }[] {
    this.build()
    const hits: { cidr: Cidr; value: T }[] = []
    // Blocks that contain the query, one aligned candidate per shorter prefix present in the index.
    const bits = query.family === 4 ? 32 : 128
    for (let p = 0; p < query.prefix; p++) {
      if (!this.prefixes.has(query.family * 1000 + p)) continue
      const size = 1n << BigInt(bits - p)
      const start = query.start - (query.start % size)
      const list = this.byBlock.get(blockKey(query.family, start, p))
      if (list) hits.push(...list)
    }
    // Blocks inside the query: contiguous run of starts in [query.start, query.end].
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compareStart(this.sorted[mid].cidr, query) < 0) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.sorted.length; i++) {
      const c = this.sorted[i].cidr
      if (c.family !== query.family || c.start > query.end) break
      if (c.end <= query.end) hits.push(this.sorted[i])
    }
    return hits
  }

  /** The stored entries whose block contains the address, longest prefix first. */
  containingAddress(family: 4 | 6, address: bigint): { cidr: Cidr; value: T }[] {
    const bits = family === 4 ? 32 : 128
    const hits: { cidr: Cidr; value: T }[] = []
    for (let p = bits; p >= 0; p--) {
      if (!this.prefixes.has(family * 1000 + p)) continue
      const size = 1n << BigInt(bits - p)
      const list = this.byBlock.get(blockKey(family, address - (address % size), p))
      if (list) hits.push(...list)
    }
    return hits
  }

  private build(): void {
    if (this.built) return
    this.sorted.sort((a, b) => compareStart(a.cidr, b.cidr))
    this.built = true
  }
}

function blockKey(family: number, start: bigint, prefix: number): string {
  return `${family}:${start}/${prefix}`
}

function compareStart(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0
}
