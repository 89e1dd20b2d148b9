import type { Resource, ResourceOf, Route } from '../../model/kinds'
import type { ProjectIndex } from '../../model/project-index'
import { type Address, type Cidr, parseAddress, parseCidr } from '../../net/cidr'
import type { ValidationIndexes } from '../indexes'

type RouteTable = ResourceOf<'routeTable'>

/** JSON path of a route's destination inside its table. */
export function destinationField(route: Route, i: number): string {
  return route.destination !== undefined ? `routes[${i}].destination` : `routes[${i}].destinationPrefixList`
}

/** The route's CIDR destination, parsed; null for prefix-list routes. */
export function destinationOf(route: Route): Cidr | null {
  return route.destination !== undefined ? parseCidr(route.destination) : null
}

/** The text people read for a route: "0.0.0.0/0 → igw-main". */
export function routeText(route: Route, index: ProjectIndex): string {
  const dest = route.destination ?? index.get(route.destinationPrefixList ?? '')?.name ?? route.destinationPrefixList
  const target = route.target === 'local' ? 'local' : (index.get(route.target)?.name ?? route.target)
  return `${dest} → ${target}`
}

/** A network interface (workload) or a Gateway Load Balancer endpoint: the targets a middlebox route may use. */
export function isMiddlebox(r: Resource | undefined): r is ResourceOf<'workload'> | ResourceOf<'interfaceEndpoint'> {
  return r?.kind === 'workload' || (r?.kind === 'interfaceEndpoint' && r.endpointType === 'gatewayLoadBalancer')
}

/** The AZ of a subnet as AWS compares it: the AZ id when known, else the name (same account). */
export function azKey(subnet: ResourceOf<'subnet'>): string {
  return subnet.azId ?? subnet.az
}

export interface Lookup {
  /** 'local', a target id, or undefined when no route matches. */
  readonly target: string | undefined
  /** Index of the matched route in the table; -1 for the implicit local route. */
  readonly routeIndex: number
}

/**
 * Longest-prefix match of one address in a table (`rt-route-priority`): a VPC block goes local unless a
 * static route for a whole subnet inside it is longer; otherwise the longest CIDR route wins.
 */
export function lookup(indexes: ValidationIndexes, table: RouteTable, address: string): Lookup {
  const a = addressOf(address)
  const vpc = indexes.index.getOf('vpc', table.vpc)
  if (!a || !vpc) return { target: undefined, routeIndex: -1 }
  const blocks = a.family === 4 ? indexes.blocksOf(vpc).v4 : indexes.blocksOf(vpc).v6
  const block = blocks.find((b) => b.start <= a.value && a.value <= b.end)
  // The longest matching route, as its index and prefix (-1: none); a plain loop, since rules run this per subnet.
  let best = -1
  let bestPrefix = -1
  const dests = indexes.destinationsOf(table)
  for (let i = 0; i < dests.length; i++) {
    const c = dests[i]
    if (!c || c.family !== a.family || a.value < c.start || a.value > c.end) continue
    if (best < 0 || c.prefix > bestPrefix) {
      best = i
      bestPrefix = c.prefix
    }
  }
  if (block && (best < 0 || bestPrefix <= block.prefix)) {
    return best >= 0 && bestPrefix === block.prefix ? { target: table.routes[best].target, routeIndex: best } : { target: 'local', routeIndex: -1 }
  }
  return best >= 0 ? { target: table.routes[best].target, routeIndex: best } : { target: undefined, routeIndex: -1 }
}

const addresses = new Map<string, Address | null>()

/** parseAddress with a cache: rules look up the same few probe addresses in thousands of tables. */
function addressOf(text: string): Address | null {
  let a = addresses.get(text)
  if (a === undefined) {
    a = parseAddress(text)
    if (addresses.size > 10_000) addresses.clear()
    addresses.set(text, a)
  }
  return a
}

/** RFC 1918 and shared address space: destinations that are not "the internet". */
const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map((t) => parseCidr(t)!)

/** True when an IPv4 destination reaches beyond private space (0.0.0.0/0, a public prefix). */
export function coversPublicSpace(c: Cidr): boolean {
  return c.family === 4 && !privateRanges.some((p) => p.start <= c.start && c.end <= p.end)
}

/**
 * Where traffic for `address` finally leaves, following middleboxes (firewall interfaces, GWLB
 * endpoints) through their own subnets' tables, as inspection designs chain them: e.g. NAT subnet →
 * firewall endpoint → internet gateway. Stops after a few hops or when a table repeats.
 */
export function exitTarget(indexes: ValidationIndexes, table: RouteTable, address: string): Lookup {
  const seen = new Set<string>()
  let current = table
  for (let hop = 0; hop < 4; hop++) {
    seen.add(current.id)
    const hit = lookup(indexes, current, address)
    const target = hit.target && hit.target !== 'local' ? indexes.index.get(hit.target) : undefined
    if (!isMiddlebox(target)) return hit
    const subnet = indexes.index.getOf('subnet', target.kind === 'workload' ? target.subnet : target.subnets[0])
    const next = subnet ? indexes.routeTableOf(subnet) : undefined
    if (!next || seen.has(next.id)) return hit
    current = next
  }
  return lookup(indexes, current, address)
}
