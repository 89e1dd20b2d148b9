import { type Cidr, parseCidr } from '../net/cidr'
import { CidrIndex } from '../net/cidr-index'
import { type Resource, type ResourceOf, labelOf, vpcIpv4Cidrs } from '../model/kinds'
import type { Project } from '../model/project'
import { ProjectIndex } from '../model/project-index'
import { type Addr, type Holder, addrKey, allocateHolders, inCidr } from './addresses'
import { AddrIndex } from './addr-index'
import { type CompiledTable, type TgwRoute, compileVpcTable } from './route-tables'
import { compileTgwTable } from './tgw-tables'

type Vpc = ResourceOf<'vpc'>
type Subnet = ResourceOf<'subnet'>
type OnPrem = ResourceOf<'onPremNetwork'>

/** A prefix learned from on-premises, with the network it leads to. */
export interface LearnedPrefix {
  readonly cidr: Cidr
  readonly network?: OnPrem
  /** The VPN connection or Direct Connect gateway it was learned over. */
  readonly via: string
}

/** A way from an on-premises network into AWS. */
export interface OnPremLink {
  readonly via: ResourceOf<'vpnConnection'> | ResourceOf<'dxGateway'>
  /** The VGW or transit gateway at the AWS end. */
  readonly gateway: ResourceOf<'vpnGateway'> | ResourceOf<'transitGateway'>
}

const INTERNET_V4 = ['8.8.8.8', '1.1.1.1', '9.9.9.9', '208.67.222.222']
const INTERNET_V6 = ['2001:4860:4860::8888', '2606:4700:4700::1111']

/**
 * Everything the path walker looks up, built once per project and shared by all queries (one
 * query then costs a handful of map lookups and short route scans). Compiled tables are built on
 * first use, so a context over a large design is cheap to create.
 */
export class ReachabilityContext {
  readonly index: ProjectIndex
  readonly holders: readonly Holder[]
  readonly holdersBySubnet: ReadonlyMap<string, readonly Holder[]>
  private readonly holderByAddr = new Map<string, Holder[]>()
  private readonly subnets = new AddrIndex<Subnet>()
  private readonly vpcs = new AddrIndex<Vpc>()
  private readonly onPrem = new AddrIndex<OnPrem>()
  private readonly onPremBlocks = new CidrIndex<OnPrem>()
  private readonly vpcBlocks = new Map<string, Cidr[]>()
  private readonly compiled = new Map<string, CompiledTable>()
  private readonly tgwRouteCache = new Map<string, TgwRoute[]>()
  private readonly tgwAssoc = new Map<string, ResourceOf<'tgwRouteTable'>>()
  private readonly vpcAttachments = new Map<string, Map<string, ResourceOf<'tgwVpcAttachment'>>>()
  private readonly attachmentAzs = new Map<string, { subnets: Subnet[]; azs: Set<string> }>()
  private readonly tgwConsulted = new Map<string, string>()
  private readonly gwEndpointsByTable = new Map<string, ResourceOf<'gatewayEndpoint'>[]>()
  private readonly edgeTables = new Map<string, ResourceOf<'routeTable'>>()
  private readonly vgwLearned = new Map<string, LearnedPrefix[]>()
  private readonly peerings = new Map<string, ResourceOf<'peeringConnection'>>()
  private readonly peers = new Map<string, string[]>()
  private readonly natsByVpc = new Map<string, ResourceOf<'natGateway'>[]>()
  private readonly labels = new Map<string, string>()
  readonly internetV4: Addr
  readonly internetV6: Addr

  constructor(project: Project) {
    this.index = new ProjectIndex(project)
    const ix = this.index
    const { holders, bySubnet } = allocateHolders(ix)
    this.holders = holders
    this.holdersBySubnet = bySubnet
    for (const h of holders) {
      for (const a of h.v6 ? [h.v4, h.v6] : [h.v4]) {
        const list = this.holderByAddr.get(addrKey(a))
        if (list) list.push(h)
        else this.holderByAddr.set(addrKey(a), [h])
      }
    }
    for (const s of ix.all('subnet')) {
      for (const text of s.ipv6Cidr ? [s.cidr, s.ipv6Cidr] : [s.cidr]) {
        const c = parseCidr(text)
        if (c) this.subnets.add(c, s)
      }
    }
    for (const v of ix.all('vpc')) {
      const blocks = [...vpcIpv4Cidrs(v), ...v.ipv6Cidrs].map((c) => parseCidr(c)).filter((c): c is Cidr => c !== null)
      this.vpcBlocks.set(v.id, blocks)
      for (const b of blocks) this.vpcs.add(b, v)
    }
    for (const n of ix.all('onPremNetwork')) {
      for (const text of n.cidrs) {
        const c = parseCidr(text)
        if (c) this.onPrem.add(c, n)
        this.onPremBlocks.add(text, n)
      }
    }
    for (const t of ix.all('tgwRouteTable')) for (const a of t.associations) if (!this.tgwAssoc.has(a)) this.tgwAssoc.set(a, t)
    for (const a of ix.all('tgwVpcAttachment')) {
      let byTgw = this.vpcAttachments.get(a.vpc)
      if (!byTgw) this.vpcAttachments.set(a.vpc, (byTgw = new Map()))
      if (!byTgw.has(a.transitGateway)) byTgw.set(a.transitGateway, a)
      const subnets = a.subnets.map((id) => ix.getOf('subnet', id)).filter((s) => s !== undefined)
      this.attachmentAzs.set(a.id, { subnets, azs: new Set(subnets.map((s) => s.az)) })
    }
    for (const e of ix.all('gatewayEndpoint')) {
      for (const t of e.routeTables) {
        const list = this.gwEndpointsByTable.get(t)
        if (list) list.push(e)
        else this.gwEndpointsByTable.set(t, [e])
      }
    }
    for (const t of ix.all('routeTable')) for (const g of t.edgeAssociations) this.edgeTables.set(g, t)
    for (const p of ix.all('peeringConnection')) {
      if (p.status !== 'active') continue
      for (const [a, b] of [[p.requesterVpc, p.accepterVpc], [p.accepterVpc, p.requesterVpc]]) {
        if (this.peerings.has(`${a}|${b}`)) continue
        this.peerings.set(`${a}|${b}`, p)
        const list = this.peers.get(a)
        if (list) list.push(b)
        else this.peers.set(a, [b])
      }
    }
    for (const n of ix.all('natGateway')) {
      const vpc = ix.getOf('subnet', n.subnet)?.vpc
      if (vpc === undefined) continue
      const list = this.natsByVpc.get(vpc)
      if (list) list.push(n)
      else this.natsByVpc.set(vpc, [n])
    }
    this.internetV4 = this.pickOutside(INTERNET_V4)
    this.internetV6 = this.pickOutside(INTERNET_V6)
  }

  /** A well-known public address no VPC or on-premises block of the design covers. */
  private pickOutside(candidates: string[]): Addr {
    const all = candidates.map((t) => parseCidr(`${t}/${t.includes(':') ? 128 : 32}`)!)
    const free = all.find((c) => !this.vpcOfAddr({ family: c.family, value: c.start }) && !this.onPremOf({ family: c.family, value: c.start }))
    const c = free ?? all[0]
    return { family: c.family, value: c.start }
  }

  /** Display label of a resource, computed once per context. */
  label(r: Resource): string {
    let l = this.labels.get(r.id)
    if (l === undefined) this.labels.set(r.id, (l = labelOf(r)))
    return l
  }

  blocksOf(vpcId: string): readonly Cidr[] {
    return this.vpcBlocks.get(vpcId) ?? []
  }

  inVpc(vpcId: string, a: Addr): boolean {
    return this.blocksOf(vpcId).some((b) => inCidr(b, a))
  }

  vpcOfAddr(a: Addr): Vpc | undefined {
    return this.vpcs.first(a)
  }

  /** Every VPC with a block holding the address (several when VPCs overlap), longest block first. */
  vpcsOfAddr(a: Addr): Vpc[] {
    return [...new Set(this.vpcs.containing(a))]
  }

  /** The subnet of `vpcId` holding the address (longest prefix: subnets of one VPC do not overlap). */
  subnetOf(vpcId: string, a: Addr): Subnet | undefined {
    return this.subnets.containing(a).find((s) => s.vpc === vpcId)
  }

  onPremOf(a: Addr): OnPrem | undefined {
    return this.onPrem.first(a)
  }

  /** The interface holding the address; VPCs may overlap (PrivateLink, separate peers), so name the VPC when known. */
  holderAt(a: Addr, vpcId?: string): Holder | undefined {
    const list = this.holderByAddr.get(addrKey(a))
    return vpcId === undefined ? list?.[0] : list?.find((h) => h.subnet.vpc === vpcId)
  }

  tableOfSubnet(subnet: Subnet): CompiledTable | undefined {
    const t = this.index.routeTableOfSubnet(subnet)
    return t ? this.compile(t) : undefined
  }

  compile(table: ResourceOf<'routeTable'>): CompiledTable {
    let c = this.compiled.get(table.id)
    if (!c) this.compiled.set(table.id, (c = compileVpcTable(table, this)))
    return c
  }

  edgeTableOf(gatewayId: string): ResourceOf<'routeTable'> | undefined {
    return this.edgeTables.get(gatewayId)
  }

  vpc(id: string) {
    return this.index.getOf('vpc', id)
  }

  prefixList(id: string) {
    return this.index.getOf('prefixList', id)
  }

  servicePrefixList(service: string, region: string) {
    return this.index.all('prefixList').find((p) => p.awsService === service && p.region === region)
  }

  gatewayEndpointsOfTable(tableId: string) {
    return this.gwEndpointsByTable.get(tableId) ?? []
  }

  vgwPrefixes(vgwId: string): readonly Cidr[] {
    return this.vgwLearnedPrefixes(vgwId).map((p) => p.cidr)
  }

  /** What a VGW can forward to: its VPNs' static routes or BGP-advertised networks, and its DX gateways' networks. */
  vgwLearnedPrefixes(vgwId: string): readonly LearnedPrefix[] {
    let list = this.vgwLearned.get(vgwId)
    if (list) return list
    list = []
    for (const vpn of this.index.all('vpnConnection')) if (vpn.gateway === vgwId) list.push(...this.vpnPrefixes(vpn))
    for (const dx of this.index.all('dxGateway')) if (dx.associations.includes(vgwId)) list.push(...this.dxPrefixes(dx))
    this.vgwLearned.set(vgwId, list)
    return list
  }

  /** Static VPNs announce their static routes; BGP VPNs what the customer gateway's network holds. */
  vpnPrefixes(vpn: ResourceOf<'vpnConnection'>): LearnedPrefix[] {
    const cgw = this.index.getOf('customerGateway', vpn.customerGateway)
    const network = this.index.getOf('onPremNetwork', cgw?.onPremNetwork)
    const texts = vpn.routing === 'static' ? vpn.staticRoutes : (network?.cidrs ?? [])
    return texts.map((t) => parseCidr(t)).filter((c): c is Cidr => c !== null).map((cidr) => ({ cidr, via: vpn.id, network: this.networkFor(cidr, network) }))
  }

  dxPrefixes(dx: ResourceOf<'dxGateway'>): LearnedPrefix[] {
    const out: LearnedPrefix[] = []
    for (const id of dx.onPremNetworks) {
      const network = this.index.getOf('onPremNetwork', id)
      for (const t of network?.cidrs ?? []) {
        const cidr = parseCidr(t)
        if (cidr) out.push({ cidr, via: dx.id, network })
      }
    }
    return out
  }

  private networkFor(cidr: Cidr, fallback: OnPrem | undefined): OnPrem | undefined {
    return this.onPremBlocks.overlapping(cidr)[0]?.value ?? fallback
  }

  /** The active peering connection between two VPCs, if any. */
  activePeering(a: string, b: string): ResourceOf<'peeringConnection'> | undefined {
    return this.peerings.get(`${a}|${b}`)
  }

  /** VPCs joined to this one by an active peering connection. */
  peersOf(vpcId: string): readonly string[] {
    return this.peers.get(vpcId) ?? []
  }

  natGatewaysOf(vpcId: string): readonly ResourceOf<'natGateway'>[] {
    return this.natsByVpc.get(vpcId) ?? []
  }

  vpcAttachment(vpcId: string, tgwId: string) {
    return this.vpcAttachments.get(vpcId)?.get(tgwId)
  }

  /** The attachment's subnets (existing ones) and their AZs. */
  attachmentSubnets(attachmentId: string): { readonly subnets: readonly Subnet[]; readonly azs: ReadonlySet<string> } {
    return this.attachmentAzs.get(attachmentId) ?? { subnets: [], azs: new Set() }
  }

  /** How a TGW hop names the table it consulted, built once per table and ingress attachment. */
  tgwConsultedText(table: ResourceOf<'tgwRouteTable'>, attachmentId: string): string {
    const key = `${table.id}|${attachmentId}`
    let text = this.tgwConsulted.get(key)
    if (text === undefined) {
      const name = table.externalId !== undefined && table.externalId !== table.id ? `${table.id} (${table.externalId})` : table.id
      this.tgwConsulted.set(key, (text = `TGW route table ${name} (associated with ${attachmentId})`))
    }
    return text
  }

  /** The TGW route table an attachment is associated with (explicitly, else the TGW's default table). */
  tgwTableOf(attachmentId: string, tgwId: string): ResourceOf<'tgwRouteTable'> | undefined {
    const explicit = this.tgwAssoc.get(attachmentId)
    if (explicit && explicit.transitGateway === tgwId) return explicit
    // A peering attachment is shared by both TGWs: each side associates it with one of its own tables.
    const own = this.index.all('tgwRouteTable').find((t) => t.transitGateway === tgwId && t.associations.includes(attachmentId))
    if (own) return own
    const tgw = this.index.getOf('transitGateway', tgwId)
    return tgw?.defaultRouteTableAssociation ? this.index.getOf('tgwRouteTable', tgw.defaultRouteTable) : undefined
  }

  /** Static routes plus propagated ones (VPC blocks, VPN/DX prefixes); peering attachments propagate nothing. */
  tgwRoutes(table: ResourceOf<'tgwRouteTable'>): readonly TgwRoute[] {
    let routes = this.tgwRouteCache.get(table.id)
    if (!routes) this.tgwRouteCache.set(table.id, (routes = compileTgwTable(this, table)))
    return routes
  }

  tgwVpnAttachmentOf(vpnId: string) {
    return this.index.all('tgwVpnAttachment').find((a) => a.vpnConnection === vpnId)
  }

  tgwDxAttachmentOf(dxId: string, tgwId: string) {
    return this.index.all('tgwDxAttachment').find((a) => a.dxGateway === dxId && a.transitGateway === tgwId)
  }
}
