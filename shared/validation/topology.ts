import type { ResourceOf, Route } from '../model/kinds'
import { type Cidr, parseCidr } from '../net/cidr'
import type { RouteSite, ValidationIndexes } from './indexes'

/**
 * Derived views of the connectivity layer (peering, VPN, Direct Connect, endpoints, filters) that the
 * rules of catalogue sections 7–13a share; transit gateway views are in topology-tgw.ts. Each is built once per validation run and cached on the
 * run's ValidationIndexes, like the indexes in indexes.ts, in a single pass over the design.
 */

type Vpc = ResourceOf<'vpc'>
type Subnet = ResourceOf<'subnet'>

const caches = new WeakMap<ValidationIndexes, Map<string, unknown>>()

/** Caches one derived view per validation run (keyed by the run's indexes), built on first use. */
export function memo<T>(indexes: ValidationIndexes, key: string, build: () => T): T {
  let cache = caches.get(indexes)
  if (!cache) caches.set(indexes, (cache = new Map()))
  let hit = cache.get(key) as T | undefined
  if (hit === undefined && !cache.has(key)) cache.set(key, (hit = build()))
  return hit as T
}

/**
 * One map per run for a view cached per VPC, table…: callers look the id up themselves, so a hot
 * lookup builds no `family:id` key string and allocates no build closure.
 */
export function perRun<V>(indexes: ValidationIndexes, family: string): Map<string, V> {
  let cache = caches.get(indexes)
  if (!cache) caches.set(indexes, (cache = new Map()))
  let map = cache.get(family) as Map<string, V> | undefined
  if (!map) cache.set(family, (map = new Map()))
  return map
}

const parsedCidrs = new Map<string, Cidr | null>()

/** Parses a CIDR text once per process; designs repeat the same few thousand strings. */
export function cidrOf(text: string | undefined): Cidr | null {
  if (text === undefined) return null
  let c = parsedCidrs.get(text)
  if (c === undefined) {
    c = parseCidr(text)
    if (parsedCidrs.size > 200_000) parsedCidrs.clear()
    parsedCidrs.set(text, c)
  }
  return c
}

/** A route's CIDR destination, or null for prefix-list routes. */
export function routeDestination(route: Route): Cidr | null {
  return cidrOf(route.destination)
}

/** The other VPC of a peering connection, seen from `vpcId`; undefined if the VPC is not a side. */
export function peerVpcId(p: ResourceOf<'peeringConnection'>, vpcId: string): string | undefined {
  if (p.requesterVpc === vpcId) return p.accepterVpc
  if (p.accepterVpc === vpcId) return p.requesterVpc
  return undefined
}

/** How zones are compared: by AZ ID when the design records it, else by name (same account only). */
export function zoneOf(s: Subnet): string {
  return s.azId ?? s.az
}

/** True when one of the VPC's blocks (same family) contains `c`. */
export function insideVpc(indexes: ValidationIndexes, vpc: Vpc, c: Cidr): boolean {
  return indexes.blockContaining(vpc, c) !== undefined
}

/** True when `c` overlaps one of the VPC's blocks (same family). */
export function overlapsVpc(indexes: ValidationIndexes, vpc: Vpc, c: Cidr): boolean {
  const blocks = c.family === 4 ? indexes.blocksOf(vpc).v4 : indexes.blocksOf(vpc).v6
  return blocks.some((b) => b.start <= c.end && c.start <= b.end)
}

/** First overlapping pair of blocks between two VPCs (either family), if any. */
export function firstOverlap(indexes: ValidationIndexes, a: Vpc, b: Vpc): [Cidr, Cidr] | undefined {
  const ba = indexes.blocksOf(a)
  const bb = indexes.blocksOf(b)
  for (const [xs, ys] of [[ba.v4, bb.v4], [ba.v6, bb.v6]] as const) {
    for (const x of xs) for (const y of ys) if (x.start <= y.end && y.start <= x.end) return [x, y]
  }
  return undefined
}

/** A peering connection between two VPCs (either direction), by unordered pair key. */
export function peeringBetween(indexes: ValidationIndexes, a: string, b: string): ResourceOf<'peeringConnection'> | undefined {
  const map = memo(indexes, 'peeringByPair', () => {
    const m = new Map<string, ResourceOf<'peeringConnection'>>()
    for (const p of indexes.index.all('peeringConnection')) {
      const key = pairKey(p.requesterVpc, p.accepterVpc)
      if (!m.has(key)) m.set(key, p)
    }
    return m
  })
  return map.get(pairKey(a, b))
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
}

/** On-premises prefixes a virtual private gateway can forward to: VPN static routes, BGP-learned networks, DX gateways. */
export function vgwKnownPrefixes(indexes: ValidationIndexes, vgwId: string): readonly Cidr[] {
  return memo(indexes, 'vgwPrefixes', () => {
    const { index } = indexes
    const map = new Map<string, Cidr[]>()
    const add = (id: string, texts: readonly string[]) => {
      const list = map.get(id) ?? []
      for (const t of texts) {
        const c = cidrOf(t)
        if (c) list.push(c)
      }
      map.set(id, list)
    }
    for (const vpn of index.all('vpnConnection')) {
      if (vpn.routing === 'static') add(vpn.gateway, vpn.staticRoutes)
      else add(vpn.gateway, index.getOf('onPremNetwork', index.getOf('customerGateway', vpn.customerGateway)?.onPremNetwork)?.cidrs ?? [])
    }
    for (const dx of index.all('dxGateway')) {
      const cidrs = dx.onPremNetworks.flatMap((n) => index.getOf('onPremNetwork', n)?.cidrs ?? [])
      for (const a of dx.associations) if (index.getOf('vpnGateway', a)) add(a, cidrs)
    }
    return map
  }).get(vgwId) ?? []
}

/** The MTU a workload declares through its `mtu` tag (e.g. jumbo frames "9001"), if any. */
export function declaredMtu(w: ResourceOf<'workload'>): number | undefined {
  const text = w.tags.mtu
  if (text === undefined) return undefined
  const n = Number(text)
  return Number.isInteger(n) && n > 0 ? n : undefined
}


/** The account id (12 digits) owning a VPC, for principal and cross-account checks. */
export function accountIdOfVpc(indexes: ValidationIndexes, vpc: Vpc | undefined): string | undefined {
  return vpc ? indexes.index.getOf('account', vpc.account)?.accountId : undefined
}

/** A non-local route of a VPC: where the VPC itself would forward a destination. */
export interface ExitRoute {
  readonly destination: Cidr
  readonly tableId: string
  readonly targetId: string
  readonly targetKind: string
}

/** Targets through which traffic leaves the VPC at its edge (what a peering may not lead into). */
export const edgeGatewayKinds = new Set(['internetGateway', 'natGateway', 'vpnGateway', 'egressOnlyInternetGateway', 'transitGateway'])

/** Every non-local route of a VPC's tables, static or propagated from a VGW, with its target's kind. */
export function exitRoutesOf(indexes: ValidationIndexes, vpcId: string): readonly ExitRoute[] {
  const byVpc = perRun<readonly ExitRoute[]>(indexes, 'exits')
  let hit = byVpc.get(vpcId)
  if (!hit) byVpc.set(vpcId, (hit = buildExitRoutes(indexes, vpcId)))
  return hit
}

function buildExitRoutes(indexes: ValidationIndexes, vpcId: string): ExitRoute[] {
  const { index } = indexes
  const out: ExitRoute[] = []
  for (const table of index.childrenOf(vpcId, 'routeTable')) {
    for (const r of table.routes) {
      const kind = r.target === 'local' ? undefined : index.get(r.target)?.kind
      const d = cidrOf(r.destination)
      if (d && kind) out.push({ destination: d, tableId: table.id, targetId: r.target, targetKind: kind })
    }
    for (const vgw of new Set(table.propagatingVgws)) {
      for (const d of vgwKnownPrefixes(indexes, vgw)) out.push({ destination: d, tableId: table.id, targetId: vgw, targetKind: 'vpnGateway' })
    }
  }
  return out
}

/** True when two blocks share an address (same family). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end
}

/** True when `outer` contains `inner` (equality included). */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end
}

/**
 * The route of a VPC (any of its tables) that would carry traffic to `d`: the longest route containing all of it,
 * else the longest route covering part of it. A default route only answers for a default destination: a
 * catch-all says nothing about where the design means a specific prefix to go.
 */
export function exitFor(indexes: ValidationIndexes, vpcId: string, d: Cidr): ExitRoute | undefined {
  let containing: ExitRoute | undefined
  let partial: ExitRoute | undefined
  for (const e of exitRoutesOf(indexes, vpcId)) {
    if (e.destination.prefix === 0 && d.prefix !== 0) continue
    if (cidrContains(e.destination, d)) {
      if (!containing || e.destination.prefix > containing.destination.prefix) containing = e
    } else if (cidrsOverlap(e.destination, d) && (!partial || e.destination.prefix > partial.destination.prefix)) partial = e
  }
  return containing ?? partial
}

/** A security group rule that references a group of another VPC. */
export interface CrossVpcReference {
  readonly group: ResourceOf<'securityGroup'>
  readonly referenced: ResourceOf<'securityGroup'>
  readonly direction: 'ingress' | 'egress'
  readonly ruleIndex: number
  readonly vpc: Vpc
  readonly otherVpc: Vpc
  /** `ingress[2].securityGroup` */
  readonly field: string
}

/** Every security group rule that names a group of another VPC. */
export function crossVpcReferences(indexes: ValidationIndexes): readonly CrossVpcReference[] {
  return memo(indexes, 'crossVpcRefs', () => {
    const { index } = indexes
    const out: CrossVpcReference[] = []
    for (const group of index.all('securityGroup')) {
      for (const direction of ['ingress', 'egress'] as const) {
        group[direction].forEach((rule, ruleIndex) => {
          const referenced = index.getOf('securityGroup', rule.securityGroup)
          if (!referenced || referenced.vpc === group.vpc) return
          const vpc = index.getOf('vpc', group.vpc)
          const otherVpc = index.getOf('vpc', referenced.vpc)
          if (vpc && otherVpc) out.push({ group, referenced, direction, ruleIndex, vpc, otherVpc, field: `${direction}[${ruleIndex}].securityGroup` })
        })
      }
    }
    return out
  })
}

/** One route whose target is a peering connection, resolved once for all peering rules. */
export interface PeeringRoute {
  readonly site: RouteSite
  readonly peering: ResourceOf<'peeringConnection'>
  /** The VPC of the route's table, and the other side of the peering. */
  readonly vpc: Vpc
  readonly peer: Vpc
  /** CIDR destination (null for prefix-list routes). */
  readonly destination: Cidr | null
  /** The destination lies inside one block of the peer: the normal case. */
  readonly insidePeer: boolean
  /** The destination overlaps the peer (inside it, or wider than it). */
  readonly overlapsPeer: boolean
}

/** Every route to a peering connection from a table of one of its two VPCs (others are rt-target-same-vpc's). */
export function peeringRoutes(indexes: ValidationIndexes): readonly PeeringRoute[] {
  return memo(indexes, 'peeringRoutes', () => {
    const { index } = indexes
    const out: PeeringRoute[] = []
    for (const peering of index.all('peeringConnection')) {
      const sites = indexes.routesTo(peering.id)
      if (sites.length === 0) continue
      const a = index.getOf('vpc', peering.requesterVpc)
      const b = index.getOf('vpc', peering.accepterVpc)
      if (!a || !b) continue
      for (const site of sites) {
        const vpc = site.table.vpc === a.id ? a : site.table.vpc === b.id ? b : undefined
        if (!vpc) continue
        const peer = vpc === a ? b : a
        const destination = indexes.destinationsOf(site.table)[site.index] ?? null
        let insidePeer = false
        let overlapsPeer = false
        if (destination) {
          // One pass over the peer's blocks of the destination's family (hot: every peering route of the design).
          const blocks = destination.family === 4 ? indexes.blocksOf(peer).v4 : indexes.blocksOf(peer).v6
          for (const b of blocks) {
            if (b.start > destination.end || destination.start > b.end) continue
            overlapsPeer = true
            if (b.start <= destination.start && destination.end <= b.end) insidePeer = true
          }
        }
        out.push({ site, peering, vpc, peer, destination, insidePeer, overlapsPeer })
      }
    }
    return out
  })
}

/** Appends to a list in a map (grouping without copying the list each time). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
