import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cidr, contains, formatAddress, isCanonical, overlaps, parseAddress, parseCidr, privateRangeOf, usableAddresses } from './cidr'
import { CidrIndex } from './cidr-index'

describe('parseCidr', () => {
  it('parses IPv4 and reports the network form AWS stores', () => {
    const c = parseCidr('100.68.0.18/18')!
    expect(c.canonical).toBe('100.68.0.0/18')
    expect(isCanonical(c)).toBe(false)
    expect(isCanonical(cidr('10.0.0.0/16'))).toBe(true)
  })
  it('parses IPv6 and prints it compressed', () => {
    expect(parseCidr('2600:1f18:0000:0100:0000:0000:0000:0000/56')!.canonical).toBe('2600:1f18:0:100::/56')
    expect(parseCidr('::/0')!.canonical).toBe('::/0')
    expect(isCanonical(cidr('2600:1f18:0:100::/56'))).toBe(true)
  })
  it.each(['10.0.0/8', '10.0.0.0', '10.0.0.0/33', '300.0.0.0/8', 'x/8', '10.0.0.0/-1', '::/129', ''])('rejects %s', (text) => {
    expect(parseCidr(text)).toBeNull()
  })
  it('counts usable subnet addresses as AWS does (five reserved)', () => {
    expect(usableAddresses(cidr('10.0.0.0/24'))).toBe(251)
    expect(usableAddresses(cidr('10.0.0.0/28'))).toBe(11)
  })
  it('round-trips addresses', () => {
    expect(formatAddress(parseAddress('10.1.2.3')!.value, 4)).toBe('10.1.2.3')
    expect(formatAddress(parseAddress('2600:1f18::1')!.value, 6)).toBe('2600:1f18::1')
  })
})

describe('contains and overlaps', () => {
  it('treats equality as containment and keeps families apart', () => {
    expect(contains(cidr('10.0.0.0/16'), cidr('10.0.0.0/16'))).toBe(true)
    expect(contains(cidr('10.0.0.0/16'), cidr('10.0.1.0/24'))).toBe(true)
    expect(contains(cidr('10.0.1.0/24'), cidr('10.0.0.0/16'))).toBe(false)
    expect(overlaps(cidr('10.0.0.0/16'), cidr('10.0.128.0/17'))).toBe(true)
    expect(overlaps(cidr('10.0.0.0/16'), cidr('10.1.0.0/16'))).toBe(false)
    expect(overlaps(cidr('0.0.0.0/0'), cidr('::/0'))).toBe(false)
  })
})

describe('CidrIndex', () => {
  const block = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 8, max: 28 })).map(
    ([a, b, p]) => cidr(`10.${a}.${b}.0/${p}`),
  )
  it('finds exactly the overlapping blocks a pairwise scan finds', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), block, (stored, query) => {
        const idx = new CidrIndex<number>()
        stored.forEach((c, i) => idx.add(c, i))
        const got = idx.overlapping(query).map((h) => h.value).sort((x, y) => x - y)
        const want = stored.flatMap((c, i) => (overlaps(c, query) ? [i] : []))
        expect(got).toEqual(want)
      }),
    )
  })
  it('lists blocks containing an address, longest prefix first', () => {
    const idx = new CidrIndex<string>()
    idx.add('10.0.0.0/8', 'wide')
    idx.add('10.1.0.0/16', 'narrow')
    idx.add('192.168.0.0/16', 'other')
    expect(idx.containingAddress(4, parseAddress('10.1.2.3')!.value).map((h) => h.value)).toEqual(['narrow', 'wide'])
  })
})

describe('privateRangeOf', () => {
  it.each([
    ['10.11.0.1', '10.0.0.0/8'],
    ['172.31.255.255', '172.16.0.0/12'],
    ['192.168.100.1', '192.168.0.0/16'],
    ['100.127.0.1', '100.64.0.0/10'],
    ['fd12:3456::1', 'fc00::/7'],
  ])('classifies %s as private (%s)', (text, range) => {
    const a = parseAddress(text)!
    expect(privateRangeOf(a.value, a.family)?.cidr.canonical).toBe(range)
  })
  it.each(['8.8.8.8', '172.32.0.1', '100.128.0.1', '52.216.237.77', '2600:1f18::1'])('leaves %s to the internet', (text) => {
    const a = parseAddress(text)!
    expect(privateRangeOf(a.value, a.family)).toBeUndefined()
  })
})
