import { type Cidr, formatAddress, parseAddress, parseCidr } from '../net/cidr'
import type { ProjectIndex } from '../model/project-index'
import { type Resource, type ResourceOf, natElasticIps } from '../model/kinds'

export interface Addr {
  readonly family: 4 | 6
  readonly value: bigint
}

export function addrKey(a: Addr): string {
  return a.family === 4 ? `4:${Number(a.value)}` : `6:${a.value}`
}

export function addrText(a: Addr): string {
  if (a.family === 6) return formatAddress(a.value, 6)
  // Hot in matrix runs (every reason names addresses): plain arithmetic instead of ip-num objects.
  const n = Number(a.value)
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`
}

export function toAddr(text: string): Addr | null {
  const p = parseAddress(text)
  return p ? { family: p.family, value: p.value } : null
}

export function inCidr(c: Cidr, a: Addr): boolean {
  return c.family === a.family && c.start <= a.value && a.value <= c.end
}

/** Something with an address in a subnet: the thing a packet is finally delivered to. */
export interface Holder {
  /** The resource behind the interface; a representative host of the subnet has `kind: 'subnet'`. */
  readonly resource: Resource
  readonly subnet: ResourceOf<'subnet'>
  readonly v4: Addr
  readonly v6?: Addr
  /** The address is in the design (workload privateIps, NAT privateIp), not allocated here. */
  readonly pinned: boolean
  /** Has a public IPv4 (instance public IP / EIP, internet-facing load balancer, public NAT's EIP). */
  readonly publicIp: boolean
  readonly securityGroups: readonly string[]
  /** A stand-in address for "a host of this subnet", used when the design places nothing there. */
  readonly representative: boolean
}

/**
 * Gives every interface of the design an address so flows can be followed by address. Pinned
 * addresses are kept; every other interface gets the next free one from base+4 (the first address
 * AWS does not reserve), in file order, so answers are deterministic. Each subnet also gets one
 * representative host after them, which is what a query "from subnet X" leaves from when X holds
 * no workload.
 */
export function allocateHolders(index: ProjectIndex): { holders: Holder[]; bySubnet: Map<string, Holder[]> } {
  const placed = new Map<string, { resource: Resource; pinned?: string; publicIp: boolean; sgs: readonly string[] }[]>()
  const put = (subnetId: string, resource: Resource, publicIp: boolean, sgs: readonly string[], pinned?: string) => {
    let list = placed.get(subnetId)
    if (!list) placed.set(subnetId, (list = []))
    list.push({ resource, pinned, publicIp, sgs })
  }
  for (const w of index.all('workload')) {
    const subnet = index.getOf('subnet', w.subnet)
    const publicIp = w.publicIp || (subnet?.mapPublicIpOnLaunch ?? false)
    if (w.privateIps.length === 0) put(w.subnet, w, publicIp, w.securityGroups)
    for (const ip of w.privateIps) put(w.subnet, w, publicIp, w.securityGroups, ip)
  }
  for (const n of index.all('natGateway')) put(n.subnet, n, n.connectivity === 'public' && natElasticIps(n) > 0, [], n.privateIp)
  for (const e of index.all('interfaceEndpoint')) for (const s of e.subnets) put(s, e, false, e.securityGroups)
  for (const lb of index.all('loadBalancer')) for (const s of lb.subnets) put(s, lb, lb.scheme === 'internet-facing', lb.securityGroups)
  for (const a of index.all('tgwVpcAttachment')) for (const s of a.subnets) put(s, a, false, [])

  const holders: Holder[] = []
  const bySubnet = new Map<string, Holder[]>()
  for (const subnet of index.all('subnet')) {
    const v4 = parseCidr(subnet.cidr)
    if (!v4) continue
    const v6 = subnet.ipv6Cidr ? parseCidr(subnet.ipv6Cidr) : null
    const entries = placed.get(subnet.id) ?? []
    const taken = new Set<bigint>()
    for (const e of entries) {
      const p = e.pinned ? parseAddress(e.pinned) : null
      if (p?.family === 4) taken.add(p.value)
    }
    let next = v4.start + 4n
    const nextFree = (): bigint => {
      while (taken.has(next)) next++
      taken.add(next)
      return next
    }
    const list: Holder[] = []
    const make = (resource: Resource, value: bigint, pinned: boolean, publicIp: boolean, sgs: readonly string[], representative: boolean): Holder => ({
      resource,
      subnet,
      v4: { family: 4, value },
      v6: v6 ? { family: 6, value: v6.start + (value - v4.start) } : undefined,
      pinned,
      publicIp,
      securityGroups: sgs,
      representative,
    })
    for (const e of entries) {
      const p = e.pinned ? parseAddress(e.pinned) : null
      const value = p?.family === 4 ? p.value : nextFree()
      list.push(make(e.resource, value, p?.family === 4, e.publicIp, e.sgs, false))
    }
    // Addresses past the subnet's end (tiny subnets crowded by the design) are dropped: no packet reaches them.
    const fitting = list.filter((h) => h.v4.value < v4.end)
    const host = nextFree()
    if (host < v4.end) fitting.push(make(subnet, host, false, subnet.mapPublicIpOnLaunch, [], true))
    bySubnet.set(subnet.id, fitting)
    holders.push(...fitting)
  }
  return { holders, bySubnet }
}

/** AWS keeps the first four addresses and the last one of every subnet. */
export function isReservedInSubnet(subnetCidr: Cidr, a: Addr): boolean {
  if (subnetCidr.family !== a.family) return false
  return a.value - subnetCidr.start < 4n || a.value === subnetCidr.end
}
