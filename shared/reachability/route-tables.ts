import { type Cidr, parseCidr } from '../net/cidr'
import type { ResourceOf } from '../model/kinds'
import { vpcIpv4Cidrs } from '../model/kinds'
import { type Addr, inCidr } from './addresses'

/**
 * Route tables compiled once for lookups: prefix lists expanded, implicit routes added (local
 * routes AWS always has, gateway endpoint prefix-list routes, VGW-propagated routes), each entry
 * ranked by `rt-route-priority` / `tgw-route-evaluation`.
 */

/** Rank among equal prefixes, lower wins. VPC tables: CIDR static < prefix list < propagated. */
export const RANK = { local: 0, static: 0, prefixList: 1, propagated: 2 } as const

/**
 * Without the service's address ranges in the design (no AWS-managed prefix list resource with
 * entries), a gateway-endpoint or service prefix-list route is taken to cover the service as a /8
 * would: it beats default routes and loses to anything more specific.
 */
export const SYMBOLIC_SERVICE_PREFIX = 8

/** IPv4 bounds as plain numbers: route scans compare numbers, not bigints. */
export interface Bounds {
  readonly lo: number
  readonly hi: number
}

export function boundsOf(c: Cidr | null): Bounds {
  return c && c.family === 4 ? { lo: Number(c.start), hi: Number(c.end) } : { lo: 1, hi: 0 }
}

export interface VpcRoute extends Bounds {
  readonly cidr: Cidr | null
  readonly prefix: number
  readonly rank: number
  readonly origin: 'local' | 'static' | 'prefixList' | 'gatewayEndpoint' | 'propagated'
  /** `local` or a resource id. */
  readonly target: string
  /** How the entry reads in a hop: `10.2.0.0/16 → pcx-ab`. */
  readonly text: string
  /** Set on routes that stand for an AWS service's whole address range. */
  readonly service?: string
}

export interface CompiledTable {
  readonly table: ResourceOf<'routeTable'>
  /** `route table rtb-1 (vpc-0a1b…)`, built once. */
  readonly consulted: string
  readonly routes: readonly VpcRoute[]
  readonly localBlocks: readonly Cidr[]
}

export interface TableSources {
  vpc(id: string): ResourceOf<'vpc'> | undefined
  prefixList(id: string): ResourceOf<'prefixList'> | undefined
  /** The AWS-managed prefix list of a service in a Region, when the design has one. */
  servicePrefixList(service: string, region: string): ResourceOf<'prefixList'> | undefined
  gatewayEndpointsOfTable(tableId: string): readonly ResourceOf<'gatewayEndpoint'>[]
  /** Prefixes a VGW has learned (VPN static routes, BGP from customer gateways, Direct Connect). */
  vgwPrefixes(vgwId: string): readonly Cidr[]
}

export function compileVpcTable(table: ResourceOf<'routeTable'>, src: TableSources): CompiledTable {
  const vpc = src.vpc(table.vpc)
  const localBlocks = vpc ? [...vpcIpv4Cidrs(vpc), ...vpc.ipv6Cidrs].map((c) => parseCidr(c)).filter((c): c is Cidr => c !== null) : []
  const routes: VpcRoute[] = []
  const explicitLocal = new Set<string>()
  for (const r of table.routes) {
    if (r.destination !== undefined) {
      const c = parseCidr(r.destination)
      if (!c) continue
      if (r.target === 'local') explicitLocal.add(c.canonical)
      routes.push({ cidr: c, ...boundsOf(c), prefix: c.prefix, rank: RANK.static, origin: r.target === 'local' ? 'local' : 'static', target: r.target, text: `${r.destination} → ${r.target}` })
    } else if (r.destinationPrefixList !== undefined) {
      const pl = src.prefixList(r.destinationPrefixList)
      for (const e of pl?.entries ?? []) {
        const c = parseCidr(e)
        if (c) routes.push({ cidr: c, ...boundsOf(c), prefix: c.prefix, rank: RANK.prefixList, origin: 'prefixList', target: r.target, text: `${r.destinationPrefixList} (${e}) → ${r.target}` })
      }
      if (pl?.awsService && (pl.entries.length === 0)) {
        routes.push(symbolicServiceRoute(pl.awsService, r.target, `${r.destinationPrefixList} → ${r.target}`, 'prefixList'))
      }
    }
  }
  // AWS always has the local routes; a design that omits one is flagged by rt-local-route, routing still works.
  for (const c of localBlocks) {
    if (!explicitLocal.has(c.canonical)) routes.push({ cidr: c, ...boundsOf(c), prefix: c.prefix, rank: RANK.local, origin: 'local', target: 'local', text: `${c.canonical} → local (implicit)` })
  }
  for (const e of src.gatewayEndpointsOfTable(table.id)) {
    const pl = vpc ? src.servicePrefixList(e.service, vpc.region) : undefined
    const plName = pl?.externalId ?? pl?.id ?? `prefix list of ${e.service}`
    const entries = (pl?.entries ?? []).map((x) => parseCidr(x)).filter((c): c is Cidr => c !== null)
    for (const c of entries) routes.push({ cidr: c, ...boundsOf(c), prefix: c.prefix, rank: RANK.prefixList, origin: 'gatewayEndpoint', target: e.id, text: `${plName} (${c.canonical}) → ${e.id}`, service: e.service })
    if (entries.length === 0) routes.push(symbolicServiceRoute(e.service, e.id, `${plName} → ${e.id}`, 'gatewayEndpoint'))
  }
  for (const vgwId of table.propagatingVgws) {
    for (const c of src.vgwPrefixes(vgwId)) routes.push({ cidr: c, ...boundsOf(c), prefix: c.prefix, rank: RANK.propagated, origin: 'propagated', target: vgwId, text: `${c.canonical} → ${vgwId} (propagated)` })
  }
  const name = table.externalId !== undefined && table.externalId !== table.id ? `${table.id} (${table.externalId})` : table.id
  return { table, consulted: `route table ${name}`, routes, localBlocks }
}

function symbolicServiceRoute(service: string, target: string, text: string, origin: 'prefixList' | 'gatewayEndpoint'): VpcRoute {
  return { cidr: null, ...boundsOf(null), prefix: SYMBOLIC_SERVICE_PREFIX, rank: RANK.prefixList, origin, target, text, service }
}

/**
 * `rt-route-priority`: inside a VPC block only local and more specific static routes compete
 * (propagated routes never beat local); elsewhere the longest prefix wins, then CIDR over prefix
 * list over propagated, then the first written.
 */
export function selectVpcRoute(t: CompiledTable, dst: Addr, service?: string): VpcRoute | undefined {
  const local = t.localBlocks.find((b) => inCidr(b, dst))
  const v4 = dst.family === 4
  const n = v4 ? Number(dst.value) : 0
  let best: VpcRoute | undefined
  for (const r of t.routes) {
    const hit = r.cidr ? (v4 ? r.lo <= n && n <= r.hi : inCidr(r.cidr, dst)) : service !== undefined && r.service === service && v4
    if (!hit) continue
    if (local && r.origin !== 'local' && (r.origin !== 'static' || !r.cidr || r.cidr.prefix <= local.prefix)) continue
    if (!best || r.prefix > best.prefix || (r.prefix === best.prefix && r.rank < best.rank)) best = r
  }
  return best
}

/** TGW ranks among equal prefixes: static (incl. blackhole) < VPC-propagated < DX < VPN. */
export const TGW_RANK = { static: 0, vpc: 1, dx: 2, vpn: 3 } as const

export interface TgwRoute extends Bounds {
  readonly cidr: Cidr
  readonly rank: number
  readonly origin: keyof typeof TGW_RANK
  /** An attachment id or `blackhole`. */
  readonly target: string
  readonly text: string
}

export function selectTgwRoute(routes: readonly TgwRoute[], dst: Addr): TgwRoute | undefined {
  const v4 = dst.family === 4
  const n = v4 ? Number(dst.value) : 0
  let best: TgwRoute | undefined
  for (const r of routes) {
    if (v4 ? !(r.lo <= n && n <= r.hi) : !inCidr(r.cidr, dst)) continue
    if (!best || r.cidr.prefix > best.cidr.prefix || (r.cidr.prefix === best.cidr.prefix && r.rank < best.rank)) best = r
  }
  return best
}
