import type { Cidr } from '../net/cidr'
import { CidrIndex } from '../net/cidr-index'
import type { Addr } from './addresses'

/**
 * Which stored blocks contain an address, longest prefix first. IPv4 blocks are kept in one map
 * per prefix length keyed by the block's start as a plain number, so a lookup is a few integer
 * operations instead of bigint and string work (queries do several per hop; the matrix does
 * millions). IPv6 falls back to `CidrIndex`.
 */
export class AddrIndex<T> {
  private readonly v4 = new Map<number, Map<number, T[]>>()
  private prefixes4: number[] = []
  private readonly v6 = new CidrIndex<T>()

  add(c: Cidr, value: T): void {
    if (c.family === 6) return this.v6.add(c, value)
    let byStart = this.v4.get(c.prefix)
    if (!byStart) {
      this.v4.set(c.prefix, (byStart = new Map()))
      this.prefixes4 = [...this.v4.keys()].sort((a, b) => b - a)
    }
    const start = Number(c.start)
    const list = byStart.get(start)
    if (list) list.push(value)
    else byStart.set(start, [value])
  }

  containing(a: Addr): T[] {
    if (a.family === 6) return this.v6.containingAddress(6, a.value).map((e) => e.value)
    const n = Number(a.value)
    const out: T[] = []
    for (const p of this.prefixes4) {
      const size = 2 ** (32 - p)
      const list = this.v4.get(p)!.get(n - (n % size))
      if (list) for (const v of list) out.push(v)
    }
    return out
  }

  first(a: Addr): T | undefined {
    if (a.family === 6) return this.v6.containingAddress(6, a.value)[0]?.value
    const n = Number(a.value)
    for (const p of this.prefixes4) {
      const list = this.v4.get(p)!.get(n - (n % 2 ** (32 - p)))
      if (list) return list[0]
    }
    return undefined
  }
}
