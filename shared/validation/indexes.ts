import { type Cidr, parseCidr } from '../net/cidr'
import { CidrIndex } from '../net/cidr-index'
import type { ProjectIndex } from '../model/project-index'
import { type ResourceOf, type Route, vpcIpv4Cidrs } from '../model/kinds'

type Vpc = ResourceOf<'vpc'>
type Subnet = ResourceOf<'subnet'>
type RouteTable = ResourceOf<'routeTable'>

/** A route located in its table, for rules that look routes up by target. */
export interface RouteSite {
  readonly table: RouteTable
  readonly index: number
  readonly route: Route
}

/** The parsed blocks of one VPC, primary IPv4 first; unparsable text is skipped (load already refused it). */
export interface VpcBlocks {
  readonly v4: readonly Cidr[]
  readonly v6: readonly Cidr[]
}

/** A prefix a VGW learned, and from which connection. */
export interface LearnedPrefix {
  readonly cidr: string
  /** The VPN connection or Direct Connect gateway it came from. */
  readonly via: string
  readonly origin: 'dx' | 'vpn-static' | 'vpn-bgp'
}

/** Addresses a subnet's resources take, for the reserved-address and capacity checks. */
export interface AddressUse {
  readonly resourceId: string
  readonly count: number
}

/**
 * Indexes several rules need, built once per validation run and only when first asked for.
 * Add one here (a lazy getter) rather than rebuilding it inside a rule. Every index is a single
 * pass over the project (or one VPC), so a run stays near-linear in design size.
 */
export class ValidationIndexes {
  private cache = new Map<string, unknown>()
  constructor(readonly index: ProjectIndex) {}

  private memo<T>(key: string, build: () => T): T {
    let hit = this.cache.get(key) as T | undefined
    if (hit === undefined && !this.cache.has(key)) {
      hit = build()
      this.cache.set(key, hit)
    }
    return hit as T
  }

  /** One value per id (VPC, table…) of one index family, without building string keys on hot paths. */
  private perId<T>(family: Map<string, T>, id: string, build: () => T): T {
    let hit = family.get(id)
    if (hit === undefined) {
      hit = build()
      family.set(id, hit)
    }
    return hit
  }

  private readonly blocks = new Map<string, VpcBlocks>()
  private readonly subnetCidrs = new Map<string, CidrIndex<Subnet>>()
  private readonly subnetBlocks = new Map<string, ReadonlyMap<string, Subnet>>()
  private readonly parsedRoutes = new WeakMap<RouteTable, readonly (Cidr | null)[]>()

  /** Every VPC block (IPv4 and IPv6), valued by the VPC id. */
  get vpcCidrs(): CidrIndex<string> {
    return this.memo('vpcCidrs', () => {
      const idx = new CidrIndex<string>()
      for (const vpc of this.index.all('vpc')) {
        for (const c of [...vpcIpv4Cidrs(vpc), ...vpc.ipv6Cidrs]) idx.add(c, vpc.id)
      }
      return idx
    })
  }

  /** Parsed blocks of each VPC. */
  blocksOf(vpc: Vpc): VpcBlocks {
    return this.perId(this.blocks, vpc.id, () => ({
      v4: vpcIpv4Cidrs(vpc).map(parseCidr).filter((c): c is Cidr => c !== null),
      v6: vpc.ipv6Cidrs.map(parseCidr).filter((c): c is Cidr => c !== null),
    }))
  }

  /** The VPC block (either family) that contains `c`, if any. */
  blockContaining(vpc: Vpc, c: Cidr): Cidr | undefined {
    const blocks = c.family === 4 ? this.blocksOf(vpc).v4 : this.blocksOf(vpc).v6
    return blocks.find((b) => b.start <= c.start && c.end <= b.end)
  }

  /** Subnets of one VPC by block, both families; overlap queries stay inside the VPC. */
  subnetCidrsOf(vpcId: string): CidrIndex<Subnet> {
    return this.perId(this.subnetCidrs, vpcId, () => {
      const idx = new CidrIndex<Subnet>()
      for (const s of this.index.childrenOf(vpcId, 'subnet')) {
        idx.add(s.cidr, s)
        if (s.ipv6Cidr) idx.add(s.ipv6Cidr, s)
      }
      return idx
    })
  }

  /** Canonical subnet CIDRs of one VPC (both families), for "is this exactly a subnet" checks. */
  subnetBlocksOf(vpcId: string): ReadonlyMap<string, Subnet> {
    return this.perId(this.subnetBlocks, vpcId, () => {
      const map = new Map<string, Subnet>()
      for (const s of this.index.childrenOf(vpcId, 'subnet')) {
        for (const text of [s.cidr, s.ipv6Cidr]) {
          const c = text ? parseCidr(text) : null
          if (c) map.set(c.canonical, s)
        }
      }
      return map
    })
  }

  /** The parsed CIDR destination of each route of a table (null for prefix-list routes), by route index. */
  destinationsOf(table: RouteTable): readonly (Cidr | null)[] {
    let hit = this.parsedRoutes.get(table)
    if (!hit) {
      hit = table.routes.map((r) => (r.destination !== undefined ? parseCidr(r.destination) : null))
      this.parsedRoutes.set(table, hit)
    }
    return hit
  }

  /** The VPC's main route tables (AWS allows exactly one; rules report more or none). */
  mainTablesOf(vpcId: string): readonly RouteTable[] {
    return this.mainTables.get(vpcId) ?? []
  }

  private get mainTables(): Map<string, RouteTable[]> {
    return this.memo('mainTables', () => group(this.index.all('routeTable').filter((t) => t.main), (t) => t.vpc))
  }

  /** The table a subnet uses: its explicit association, else its VPC's (first) main table. */
  routeTableOf(subnet: Subnet): RouteTable | undefined {
    if (subnet.routeTable !== undefined) return this.index.getOf('routeTable', subnet.routeTable)
    return this.mainTablesOf(subnet.vpc)[0]
  }

  /** Subnets whose traffic a table routes (explicitly associated, or implicitly through main). */
  subnetsUsing(tableId: string): readonly Subnet[] {
    return this.subnetsByTable.get(tableId) ?? []
  }

  private get subnetsByTable(): Map<string, Subnet[]> {
    return this.memo('subnetsByTable', () => {
      const map = new Map<string, Subnet[]>()
      for (const s of this.index.all('subnet')) {
        const t = this.routeTableOf(s)
        if (t) push(map, t.id, s)
      }
      return map
    })
  }

  /** Every route whose target is the resource, across all tables. */
  routesTo(targetId: string): readonly RouteSite[] {
    return this.routesByTarget.get(targetId) ?? []
  }

  private get routesByTarget(): Map<string, RouteSite[]> {
    return this.memo('routesByTarget', () => {
      const map = new Map<string, RouteSite[]>()
      for (const table of this.index.all('routeTable')) {
        table.routes.forEach((route, index) => push(map, route.target, { table, index, route }))
      }
      return map
    })
  }

  /** Peering connections in which the VPC is requester or accepter. */
  peeringsOf(vpcId: string): readonly ResourceOf<'peeringConnection'>[] {
    return this.peeringsByVpc.get(vpcId) ?? []
  }

  private get peeringsByVpc(): Map<string, ResourceOf<'peeringConnection'>[]> {
    return this.memo('peeringsByVpc', () => {
      const map = new Map<string, ResourceOf<'peeringConnection'>[]>()
      for (const p of this.index.all('peeringConnection')) {
        push(map, p.requesterVpc, p)
        if (p.accepterVpc !== p.requesterVpc) push(map, p.accepterVpc, p)
      }
      return map
    })
  }

  /** TGW VPC attachments of a VPC. */
  tgwAttachmentsOfVpc(vpcId: string): readonly ResourceOf<'tgwVpcAttachment'>[] {
    return this.memo('tgwAttByVpc', () => group(this.index.all('tgwVpcAttachment'), (a) => a.vpc)).get(vpcId) ?? []
  }

  /** TGW VPC attachments of a transit gateway. */
  tgwAttachmentsOfTgw(tgwId: string): readonly ResourceOf<'tgwVpcAttachment'>[] {
    return this.memo('tgwAttByTgw', () => group(this.index.all('tgwVpcAttachment'), (a) => a.transitGateway)).get(tgwId) ?? []
  }

  /** Virtual private gateways attached to a VPC. */
  vpnGatewaysOf(vpcId: string): readonly ResourceOf<'vpnGateway'>[] {
    return this.memo('vgwByVpc', () => group(this.index.all('vpnGateway').filter((g) => g.vpc !== undefined), (g) => g.vpc!)).get(vpcId) ?? []
  }

  /** Gateway endpoints associated with a route table. */
  gatewayEndpointsOf(tableId: string): readonly ResourceOf<'gatewayEndpoint'>[] {
    return this.memo('gwEndpointsByTable', () => {
      const map = new Map<string, ResourceOf<'gatewayEndpoint'>[]>()
      for (const e of this.index.all('gatewayEndpoint')) for (const t of new Set(e.routeTables)) push(map, t, e)
      return map
    }).get(tableId) ?? []
  }

  /** Route tables edge-associated with a gateway (IGW or VGW). */
  edgeTablesOf(gatewayId: string): readonly RouteTable[] {
    return this.memo('edgeTables', () => {
      const map = new Map<string, RouteTable[]>()
      for (const t of this.index.all('routeTable')) for (const g of new Set(t.edgeAssociations)) push(map, g, t)
      return map
    }).get(gatewayId) ?? []
  }

  /** NAT gateways of a VPC (through their subnets). */
  natGatewaysOf(vpcId: string): readonly ResourceOf<'natGateway'>[] {
    return this.memo('natByVpc', () => {
      const map = new Map<string, ResourceOf<'natGateway'>[]>()
      for (const n of this.index.all('natGateway')) {
        const s = this.index.getOf('subnet', n.subnet)
        if (s) push(map, s.vpc, n)
      }
      return map
    }).get(vpcId) ?? []
  }

  /**
   * Prefixes a virtual private gateway learns and propagates into route tables: VPN static routes,
   * the on-premises networks behind BGP VPNs, and on-premises networks of Direct Connect gateways
   * the VGW is associated with.
   */
  learnedPrefixesOf(vgwId: string): readonly LearnedPrefix[] {
    return this.memo('learned', () => {
      const map = new Map<string, LearnedPrefix[]>()
      for (const v of this.index.all('vpnConnection')) {
        if (v.routing === 'static') {
          for (const cidr of v.staticRoutes) push(map, v.gateway, { cidr, via: v.id, origin: 'vpn-static' })
        } else {
          const cgw = this.index.getOf('customerGateway', v.customerGateway)
          const onPrem = this.index.getOf('onPremNetwork', cgw?.onPremNetwork)
          for (const cidr of onPrem?.cidrs ?? []) push(map, v.gateway, { cidr, via: v.id, origin: 'vpn-bgp' })
        }
      }
      for (const dx of this.index.all('dxGateway')) {
        const cidrs = dx.onPremNetworks.flatMap((id) => this.index.getOf('onPremNetwork', id)?.cidrs ?? [])
        for (const g of new Set(dx.associations)) for (const cidr of cidrs) push(map, g, { cidr, via: dx.id, origin: 'dx' })
      }
      return map
    }).get(vgwId) ?? []
  }

  /** What takes addresses in a subnet: workloads, NAT gateways, endpoint, attachment and load balancer ENIs. */
  addressUseOf(subnetId: string): readonly AddressUse[] {
    return this.addressUse.get(subnetId) ?? []
  }

  private get addressUse(): Map<string, AddressUse[]> {
    return this.memo('addressUse', () => {
      const map = new Map<string, AddressUse[]>()
      for (const w of this.index.all('workload')) push(map, w.subnet, { resourceId: w.id, count: w.instances })
      for (const n of this.index.all('natGateway')) push(map, n.subnet, { resourceId: n.id, count: 1 + n.secondaryPrivateIps })
      for (const e of this.index.all('interfaceEndpoint')) for (const s of new Set(e.subnets)) push(map, s, { resourceId: e.id, count: 1 })
      for (const a of this.index.all('tgwVpcAttachment')) for (const s of new Set(a.subnets)) push(map, s, { resourceId: a.id, count: 1 })
      // An ALB scales out inside each subnet; AWS asks for at least 8 free addresses per subnet.
      for (const lb of this.index.all('loadBalancer')) {
        for (const s of new Set(lb.subnets)) push(map, s, { resourceId: lb.id, count: lb.type === 'application' ? 8 : 1 })
      }
      return map
    })
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) push(map, keyOf(item), item)
  return map
}
