/**
 * Sets of (protocol, port range) for filter evaluation, so that "any protocol" queries can say
 * which part of the traffic a NACL or security group lets through. Ports matter for TCP and UDP
 * only; the other protocols are a single point.
 */

export type Proto = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'other'
const PROTOS: readonly Proto[] = ['tcp', 'udp', 'icmp', 'icmpv6', 'other']
const PORTED = new Set<Proto>(['tcp', 'udp'])

/** Sorted, disjoint, inclusive intervals per protocol. */
export type Space = ReadonlyMap<Proto, readonly (readonly [number, number])[]>

const FULL: readonly [number, number] = [0, 65535]
export const EPHEMERAL: readonly [number, number] = [1024, 65535]

function ports(p: Proto, from?: number, to?: number): (readonly [number, number])[] {
  return PORTED.has(p) ? [[from ?? FULL[0], to ?? from ?? FULL[1]]] : [[0, 0]]
}

/** The traffic a rule or query names: protocol `-1` (or none) is every protocol. */
export function spaceOf(protocol: string | undefined, fromPort?: number, toPort?: number): Space {
  const key = `${protocol}|${fromPort}|${toPort}`
  let hit = spaces.get(key)
  if (!hit) spaces.set(key, (hit = buildSpace(protocol, fromPort, toPort)))
  return hit
}

/** Spaces are immutable once built; rules and queries repeat the same few. */
const spaces = new Map<string, Space>()

function buildSpace(protocol: string | undefined, fromPort?: number, toPort?: number): Space {
  const m = new Map<Proto, readonly (readonly [number, number])[]>()
  if (protocol === undefined || protocol === '-1') {
    for (const p of PROTOS) m.set(p, ports(p))
  } else {
    const p = (PROTOS as readonly string[]).includes(protocol) ? (protocol as Proto) : 'other'
    m.set(p, ports(p, fromPort, toPort))
  }
  return m
}

/** The reply's space: the same protocols, toward the client's ephemeral ports. */
export function replySpace(q: Space): Space {
  let hit = replies.get(q)
  if (!hit) replies.set(q, (hit = buildReply(q)))
  return hit
}

const replies = new WeakMap<Space, Space>()

function buildReply(q: Space): Space {
  const m = new Map<Proto, readonly (readonly [number, number])[]>()
  for (const [p, list] of q) m.set(p, PORTED.has(p) ? [EPHEMERAL] : list)
  return m
}

export function intersect(a: Space, b: Space): Space {
  const m = new Map<Proto, readonly (readonly [number, number])[]>()
  for (const [p, la] of a) {
    const lb = b.get(p)
    if (!lb) continue
    const out: [number, number][] = []
    for (const [a0, a1] of la) for (const [b0, b1] of lb) if (Math.max(a0, b0) <= Math.min(a1, b1)) out.push([Math.max(a0, b0), Math.min(a1, b1)])
    if (out.length) m.set(p, normalize(out))
  }
  return m
}

export function union(a: Space, b: Space): Space {
  const m = new Map<Proto, readonly (readonly [number, number])[]>(a)
  for (const [p, lb] of b) m.set(p, normalize([...(m.get(p) ?? []), ...lb]))
  return m
}

export function subtract(a: Space, b: Space): Space {
  const m = new Map<Proto, readonly (readonly [number, number])[]>()
  for (const [p, la] of a) {
    let rest: readonly (readonly [number, number])[] = la
    for (const [b0, b1] of b.get(p) ?? []) {
      rest = rest.flatMap(([r0, r1]): (readonly [number, number])[] => {
        if (b1 < r0 || b0 > r1) return [[r0, r1]]
        const parts: [number, number][] = []
        if (r0 < b0) parts.push([r0, b0 - 1])
        if (b1 < r1) parts.push([b1 + 1, r1])
        return parts
      })
    }
    if (rest.length) m.set(p, rest)
  }
  return m
}

export function isEmpty(s: Space): boolean {
  return s.size === 0
}

export function sameSpace(a: Space, b: Space): boolean {
  return isEmpty(subtract(a, b)) && isEmpty(subtract(b, a))
}

function normalize(list: (readonly [number, number])[]): [number, number][] {
  const sorted = [...list].sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [s, e] of sorted) {
    const last = out.at(-1)
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/** `tcp 22, tcp 443, icmp`: readable and deterministic. */
export function describe(s: Space): string {
  const parts: string[] = []
  for (const p of PROTOS) {
    const list = s.get(p)
    if (!list) continue
    if (!PORTED.has(p)) parts.push(p === 'other' ? 'other protocols' : p)
    else for (const [a, b] of list) parts.push(a === 0 && b === 65535 ? `${p} all ports` : a === b ? `${p} ${a}` : `${p} ${a}-${b}`)
  }
  return parts.join(', ') || 'nothing'
}
