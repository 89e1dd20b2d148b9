import { IPv4, IPv4CidrRange, IPv6, Validator } from 'ip-num'

/** A parsed CIDR block: the aligned range [start, end] it covers, in one address family. */
export interface Cidr {
  readonly family: 4 | 6
  readonly start: bigint
  readonly end: bigint
  readonly prefix: number
  /** The block as written, e.g. `10.0.0.18/16`. */
  readonly text: string
  /** The network address form AWS stores, e.g. `10.0.0.0/16`. */
  readonly canonical: string
}

const cache = new Map<string, Cidr | null>()

/** Parses an IPv4 or IPv6 CIDR; null when the text is not one. Host bits may be set (see `isCanonical`). */
export function parseCidr(text: string): Cidr | null {
  const hit = cache.get(text)
  if (hit !== undefined) return hit
  const parsed = parseUncached(text)
  if (cache.size > 200_000) cache.clear()
  cache.set(text, parsed)
  return parsed
}

function parseUncached(text: string): Cidr | null {
  const slash = text.indexOf('/')
  if (slash < 0) return null
  const addr = text.slice(0, slash)
  const prefixText = text.slice(slash + 1)
  if (!/^\d{1,3}$/.test(prefixText)) return null
  const prefix = Number(prefixText)
  if (addr.includes(':')) {
    if (prefix > 128 || !Validator.isValidIPv6String(addr)[0]) return null
    const value = IPv6.fromString(addr).getValue()
    return aligned(6, value, prefix, text)
  }
  if (prefix > 32 || !/^\d{1,3}(\.\d{1,3}){3}$/.test(addr) || !Validator.isValidIPv4String(addr)[0]) return null
  return aligned(4, IPv4.fromString(addr).getValue(), prefix, text)
}

function aligned(family: 4 | 6, value: bigint, prefix: number, text: string): Cidr {
  const bits = family === 4 ? 32 : 128
  const size = 1n << BigInt(bits - prefix)
  const start = value - (value % size)
  const end = start + size - 1n
  return { family, start, end, prefix, text, canonical: `${formatAddress(start, family)}/${prefix}` }
}

/** RFC 5952 text: lower-case hex, leading zeros dropped, the longest run of zero groups as `::`. */
function format6(value: bigint): string {
  const groups: string[] = []
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16))
  let best = -1
  let bestLen = 0
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') { i++; continue }
    let j = i
    while (j < groups.length && groups[j] === '0') j++
    if (j - i > bestLen && j - i > 1) { best = i; bestLen = j - i }
    i = j
  }
  if (best < 0) return groups.join(':')
  const head = groups.slice(0, best).join(':')
  const tail = groups.slice(best + bestLen).join(':')
  return `${head}::${tail}`
}

export function isCidr(text: string, family?: 4 | 6): boolean {
  const c = parseCidr(text)
  return c !== null && (family === undefined || c.family === family)
}

/** True when the CIDR has no host bits set (AWS would not rewrite it). */
export function isCanonical(c: Cidr): boolean {
  return parseAddress(c.text.slice(0, c.text.indexOf('/')))?.value === c.start
}

/** `outer` contains `inner` (equality counts), same family. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end
}

/** Aligned blocks overlap iff one contains the other. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end
}

export function containsAddress(c: Cidr, address: bigint, family: 4 | 6): boolean {
  return c.family === family && c.start <= address && address <= c.end
}

/** Number of addresses in the block. */
export function size(c: Cidr): bigint {
  return c.end - c.start + 1n
}

/** Addresses AWS leaves for instances: five per subnet are reserved (network, router, DNS, future, broadcast). */
export function usableAddresses(c: Cidr): number {
  return Math.max(0, Number(size(c)) - 5)
}

export interface Address {
  readonly family: 4 | 6
  readonly value: bigint
  readonly text: string
}

export function parseAddress(text: string): Address | null {
  if (text.includes(':')) {
    if (!Validator.isValidIPv6String(text)[0]) return null
    return { family: 6, value: IPv6.fromString(text).getValue(), text }
  }
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(text) || !Validator.isValidIPv4String(text)[0]) return null
  return { family: 4, value: IPv4.fromString(text).getValue(), text }
}

export function formatAddress(value: bigint, family: 4 | 6): string {
  return family === 4 ? IPv4.fromNumber(value).toString() : format6(value)
}

/** The block of `prefix` bits starting at `start` (which must be aligned). */
export function cidrAt(start: bigint, prefix: number, family: 4 | 6): Cidr {
  const c = parseCidr(`${formatAddress(start, family)}/${prefix}`)
  if (!c) throw new RangeError(`cannot build a /${prefix} block at ${start}`)
  return c
}

/** The address `offset` places after the block's network address, e.g. the VPC router at +1. */
export function addressAt(c: Cidr, offset: bigint): string {
  return formatAddress(c.start + offset, c.family)
}

/** Address space the internet does not route, with the standard that reserves it. */
const PRIVATE_RANGES: readonly { readonly text: string; readonly name: string }[] = [
  { text: '10.0.0.0/8', name: 'RFC 1918' },
  { text: '172.16.0.0/12', name: 'RFC 1918' },
  { text: '192.168.0.0/16', name: 'RFC 1918' },
  { text: '100.64.0.0/10', name: 'shared address space, RFC 6598' },
  { text: 'fc00::/7', name: 'unique local, RFC 4193' },
]

/**
 * The private range holding an address: RFC 1918, the CGNAT shared space 100.64.0.0/10 or IPv6
 * unique local fc00::/7; undefined for addresses the internet can route to.
 */
export function privateRangeOf(address: bigint, family: 4 | 6): { readonly cidr: Cidr; readonly name: string } | undefined {
  for (const r of PRIVATE_RANGES) {
    const c = parseCidr(r.text)!
    if (containsAddress(c, address, family)) return { cidr: c, name: r.name }
  }
  return undefined
}

/** Parses a range that must be valid; for literals in code and tests. */
export function cidr(text: string): Cidr {
  const c = parseCidr(text)
  if (!c) throw new RangeError(`not a CIDR: ${text}`)
  return c
}

// Keep ip-num's range type reachable for callers that need its richer API (splitting, supernets).
export { IPv4CidrRange }
