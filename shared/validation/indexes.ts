import { type Cidr, parseCidr } from '../net/cidr'
import { CidrIndex } from '../net/cidr-index'
import type { ProjectIndex } from '../model/project-index'
import { type Resource, type ResourceOf, type Route, vpcIpv4Cidrs } from '../model/kinds'

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

/** A route table with what rules ask of it on every run (see `ValidationIndexes.routeTables`). */
export interface RouteTableView {
  readonly table: RouteTable
  readonly vpc: Vpc | undefined
  /** Parsed CIDR destination of each route, by route index (null for prefix-list routes). */
  readonly destinations: readonly (Cidr | null)[]
  /** The resource each route targets, by route index (`index.get(route.target)`). */
  readonly targets: readonly (Resource | undefined)[]
}

/** A NAT gateway with the subnet it sits in and that subnet's VPC (undefined when the design lacks them). */
export interface PlacedNatGateway {
  readonly nat: ResourceOf<'natGateway'>
  readonly subnet: Subnet | undefined
  readonly vpc: Vpc | undefined
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
  constructor(readonly index: ProjectIndex) {}

  // Each index is a lazily filled field rather than an entry of a string-keyed cache: rules call these
  // lookups tens of thousands of times per run, and a memo wrapper would allocate a closure per call.
  private vpcCidrIndex?: CidrIndex<string>
  private tableViews?: RouteTableView[]
  private tablesInVpcs?: (RouteTableView & { readonly vpc: Vpc })[]
  private subnetsInVpcs?: { subnet: Subnet; vpc: Vpc }[]
  private natPlacements?: PlacedNatGateway[]
  private mainTables?: Map<string, RouteTable[]>
  private subnetsByTable?: Map<string, Subnet[]>
  private routesByTarget?: Map<string, RouteSite[]>
  private peeringsByVpc?: Map<string, ResourceOf<'peeringConnection'>[]>
  private tgwAttByVpc?: Map<string, ResourceOf<'tgwVpcAttachment'>[]>
  private tgwAttByTgw?: Map<string, ResourceOf<'tgwVpcAttachment'>[]>
  private vgwByVpc?: Map<string, ResourceOf<'vpnGateway'>[]>
  private gwEndpointsByTable?: Map<string, ResourceOf<'gatewayEndpoint'>[]>
  private edgeTables?: Map<string, RouteTable[]>
  private natByVpc?: Map<string, ResourceOf<'natGateway'>[]>
  private learned?: Map<string, LearnedPrefix[]>
  private addressUse?: Map<string, AddressUse[]>

  private readonly blocks = new Map<string, VpcBlocks>()
  private readonly subnetCidrs = new Map<string, CidrIndex<Subnet>>()
  private readonly subnetBlocks = new Map<string, ReadonlyMap<string, Subnet>>()
  private readonly parsedRoutes = new WeakMap<RouteTable, readonly (Cidr | null)[]>()
  private readonly routeTargets = new WeakMap<RouteTable, readonly (Resource | undefined)[]>()

  /** Every VPC block (IPv4 and IPv6), valued by the VPC id. */
  get vpcCidrs(): CidrIndex<string> {
    if (!this.vpcCidrIndex) {
      const idx = new CidrIndex<string>()
      for (const vpc of this.index.all('vpc')) {
        for (const c of [...vpcIpv4Cidrs(vpc), ...vpc.ipv6Cidrs]) idx.add(c, vpc.id)
      }
      this.vpcCidrIndex = idx
    }
    return this.vpcCidrIndex
  }

  /** Parsed blocks of each VPC. */
  blocksOf(vpc: Vpc): VpcBlocks {
    let hit = this.blocks.get(vpc.id)
    if (!hit) {
      hit = {
        v4: vpcIpv4Cidrs(vpc).map(parseCidr).filter((c): c is Cidr => c !== null),
        v6: vpc.ipv6Cidrs.map(parseCidr).filter((c): c is Cidr => c !== null),
      }
      this.blocks.set(vpc.id, hit)
    }
    return hit
  }

  /** The VPC block (either family) that contains `c`, if any. */
  blockContaining(vpc: Vpc, c: Cidr): Cidr | undefined {
    const blocks = c.family === 4 ? this.blocksOf(vpc).v4 : this.blocksOf(vpc).v6
    return blocks.find((b) => b.start <= c.start && c.end <= b.end)
  }

  /** Subnets of one VPC by block, both families; overlap queries stay inside the VPC. */
  subnetCidrsOf(vpcId: string): CidrIndex<Subnet> {
    let hit = this.subnetCidrs.get(vpcId)
    if (!hit) {
      hit = new CidrIndex<Subnet>()
      for (const s of this.index.childrenOf(vpcId, 'subnet')) {
        hit.add(s.cidr, s)
        if (s.ipv6Cidr) hit.add(s.ipv6Cidr, s)
      }
      this.subnetCidrs.set(vpcId, hit)
    }
    return hit
  }

  /** Canonical subnet CIDRs of one VPC (both families), for "is this exactly a subnet" checks. */
  subnetBlocksOf(vpcId: string): ReadonlyMap<string, Subnet> {
    let hit = this.subnetBlocks.get(vpcId)
    if (!hit) {
      const map = new Map<string, Subnet>()
      for (const s of this.index.childrenOf(vpcId, 'subnet')) {
        const v4 = parseCidr(s.cidr)
        if (v4) map.set(v4.canonical, s)
        const v6 = s.ipv6Cidr ? parseCidr(s.ipv6Cidr) : null
        if (v6) map.set(v6.canonical, s)
      }
      this.subnetBlocks.set(vpcId, (hit = map))
    }
    return hit
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

  /**
   * The resource each route of a table targets, by route index: `index.get(route.target)`, resolved once
   * per run for the many rules that walk every route of every table.
   */
  targetsOf(table: RouteTable): readonly (Resource | undefined)[] {
    let hit = this.routeTargets.get(table)
    if (!hit) {
      hit = table.routes.map((r) => this.index.get(r.target))
      this.routeTargets.set(table, hit)
    }
    return hit
  }

  /**
   * Every route table (file order) with its VPC and its routes' parsed destinations and resolved targets.
   * Built once per run: a dozen rules walk every route of every table, and looking the VPC, the parsed
   * CIDR and the target up again per table and rule adds up.
   */
  routeTables(): readonly RouteTableView[] {
    this.tableViews ??= this.index.all('routeTable').map((table) => ({
      table,
      vpc: this.index.getOf('vpc', table.vpc),
      destinations: this.destinationsOf(table),
      targets: this.targetsOf(table),
    }))
    return this.tableViews
  }

  /** The route tables whose VPC exists (load reports the others), as in `routeTables`. */
  tablesWithVpc(): readonly (RouteTableView & { readonly vpc: Vpc })[] {
    this.tablesInVpcs ??= this.routeTables().filter((t): t is RouteTableView & { readonly vpc: Vpc } => t.vpc !== undefined)
    return this.tablesInVpcs
  }

  /** Subnets with their VPC, in file order; a subnet naming no VPC is left out (see `tablesWithVpc`). */
  subnetsWithVpc(): readonly { readonly subnet: Subnet; readonly vpc: Vpc }[] {
    if (!this.subnetsInVpcs) {
      this.subnetsInVpcs = []
      for (const subnet of this.index.all('subnet')) {
        const vpc = this.index.getOf('vpc', subnet.vpc)
        if (vpc) this.subnetsInVpcs.push({ subnet, vpc })
      }
    }
    return this.subnetsInVpcs
  }

  /** Every NAT gateway (file order) with its subnet and that subnet's VPC, when they exist; see `tablesWithVpc`. */
  placedNatGateways(): readonly PlacedNatGateway[] {
    if (!this.natPlacements) {
      this.natPlacements = this.index.all('natGateway').map((nat) => {
        const subnet = this.index.getOf('subnet', nat.subnet)
        return { nat, subnet, vpc: subnet && this.index.getOf('vpc', subnet.vpc) }
      })
    }
    return this.natPlacements
  }

  /** The VPC's main route tables (AWS allows exactly one; rules report more or none). */
  mainTablesOf(vpcId: string): readonly RouteTable[] {
    this.mainTables ??= group(this.index.all('routeTable').filter((t) => t.main), (t) => t.vpc)
    return this.mainTables.get(vpcId) ?? none
  }

  /** The table a subnet uses: its explicit association, else its VPC's (first) main table. */
  routeTableOf(subnet: Subnet): RouteTable | undefined {
    if (subnet.routeTable !== undefined) return this.index.getOf('routeTable', subnet.routeTable)
    return this.mainTablesOf(subnet.vpc)[0]
  }

  /** Subnets whose traffic a table routes (explicitly associated, or implicitly through main). */
  subnetsUsing(tableId: string): readonly Subnet[] {
    if (!this.subnetsByTable) {
      const map = new Map<string, Subnet[]>()
      for (const s of this.index.all('subnet')) {
        const t = this.routeTableOf(s)
        if (t) push(map, t.id, s)
      }
      this.subnetsByTable = map
    }
    return this.subnetsByTable.get(tableId) ?? none
  }

  /** Every route whose target is the resource, across all tables. */
  routesTo(targetId: string): readonly RouteSite[] {
    if (!this.routesByTarget) {
      const map = new Map<string, RouteSite[]>()
      for (const table of this.index.all('routeTable')) {
        const routes = table.routes
        for (let index = 0; index < routes.length; index++) push(map, routes[index].target, { table, index, route: routes[index] })
      }
      this.routesByTarget = map
    }
    return this.routesByTarget.get(targetId) ?? none
  }

  /** Peering connections in which the VPC is requester or accepter. */
  peeringsOf(vpcId: string): readonly ResourceOf<'peeringConnection'>[] {
    if (!this.peeringsByVpc) {
      const map = new Map<string, ResourceOf<'peeringConnection'>[]>()
      for (const p of this.index.all('peeringConnection')) {
        push(map, p.requesterVpc, p)
        if (p.accepterVpc !== p.requesterVpc) push(map, p.accepterVpc, p)
      }
      this.peeringsByVpc = map
    }
    return this.peeringsByVpc.get(vpcId) ?? none
  }

  /** TGW VPC attachments of a VPC. */
  tgwAttachmentsOfVpc(vpcId: string): readonly ResourceOf<'tgwVpcAttachment'>[] {
    this.tgwAttByVpc ??= group(this.index.all('tgwVpcAttachment'), (a) => a.vpc)
    return this.tgwAttByVpc.get(vpcId) ?? none
  }

  /** TGW VPC attachments of a transit gateway. */
  tgwAttachmentsOfTgw(tgwId: string): readonly ResourceOf<'tgwVpcAttachment'>[] {
    this.tgwAttByTgw ??= group(this.index.all('tgwVpcAttachment'), (a) => a.transitGateway)
    return this.tgwAttByTgw.get(tgwId) ?? none
  }

  /** Virtual private gateways attached to a VPC. */
  vpnGatewaysOf(vpcId: string): readonly ResourceOf<'vpnGateway'>[] {
    this.vgwByVpc ??= group(this.index.all('vpnGateway').filter((g) => g.vpc !== undefined), (g) => g.vpc!)
    return this.vgwByVpc.get(vpcId) ?? none
  }

  /** Gateway endpoints associated with a route table. */
  gatewayEndpointsOf(tableId: string): readonly ResourceOf<'gatewayEndpoint'>[] {
    if (!this.gwEndpointsByTable) {
      const map = new Map<string, ResourceOf<'gatewayEndpoint'>[]>()
      for (const e of this.index.all('gatewayEndpoint')) for (const t of new Set(e.routeTables)) push(map, t, e)
      this.gwEndpointsByTable = map
    }
    return this.gwEndpointsByTable.get(tableId) ?? none
  }

  /** Route tables edge-associated with a gateway (IGW or VGW). */
  edgeTablesOf(gatewayId: string): readonly RouteTable[] {
    if (!this.edgeTables) {
      const map = new Map<string, RouteTable[]>()
      for (const t of this.index.all('routeTable')) for (const g of new Set(t.edgeAssociations)) push(map, g, t)
      this.edgeTables = map
    }
    return this.edgeTables.get(gatewayId) ?? none
  }

  /** NAT gateways of a VPC (through their subnets). */
  natGatewaysOf(vpcId: string): readonly ResourceOf<'natGateway'>[] {
    if (!this.natByVpc) {
      const map = new Map<string, ResourceOf<'natGateway'>[]>()
      for (const n of this.index.all('natGateway')) {
        const s = this.index.getOf('subnet', n.subnet)
        if (s) push(map, s.vpc, n)
      }
      this.natByVpc = map
    }
    return this.natByVpc.get(vpcId) ?? none
  }

  /**
   * Prefixes a virtual private gateway learns and propagates into route tables: VPN static routes,
   * the on-premises networks behind BGP VPNs, and on-premises networks of Direct Connect gateways
   * the VGW is associated with.
   */
  learnedPrefixesOf(vgwId: string): readonly LearnedPrefix[] {
    if (!this.learned) {
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
      this.learned = map
    }
    return this.learned.get(vgwId) ?? none
  }

  /** What takes addresses in a subnet: workloads, NAT gateways, endpoint, attachment and load balancer ENIs. */
  addressUseOf(subnetId: string): readonly AddressUse[] {
    if (!this.addressUse) {
      const map = new Map<string, AddressUse[]>()
      for (const w of this.index.all('workload')) push(map, w.subnet, { resourceId: w.id, count: w.instances })
      for (const n of this.index.all('natGateway')) push(map, n.subnet, { resourceId: n.id, count: 1 + n.secondaryPrivateIps })
      for (const e of this.index.all('interfaceEndpoint')) for (const s of new Set(e.subnets)) push(map, s, { resourceId: e.id, count: 1 })
      for (const a of this.index.all('tgwVpcAttachment')) for (const s of new Set(a.subnets)) push(map, s, { resourceId: a.id, count: 1 })
      // An ALB scales out inside each subnet; AWS asks for at least 8 free addresses per subnet.
      for (const lb of this.index.all('loadBalancer')) {
        for (const s of new Set(lb.subnets)) push(map, s, { resourceId: lb.id, count: lb.type === 'application' ? 8 : 1 })
      }
      this.addressUse = map
    }
    return this.addressUse.get(subnetId) ?? none
  }
}

/** The answer for an id no index entry names; shared (and frozen) so a miss allocates nothing. */
const none: readonly never[] = Object.freeze([])

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
