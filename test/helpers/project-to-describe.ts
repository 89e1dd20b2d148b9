import type { ImportFile } from '../../shared/importers/aws'
import { type Project, type Resource, type ResourceOf, natElasticIps, vpcIpv4Cidrs } from '../../shared/model'

type Obj = Record<string, unknown>

/**
 * Writes a design as the `aws ec2 describe-*` folder an account with that network would produce
 * (`<account>/<region>/<List>.json`), in memory. Model ids stand in for AWS ids. Objects that two
 * accounts see (peerings, TGW peering attachments) are written into both folders, as AWS lists them.
 * Used by the import bench and round-trip tests.
 */
export function projectToDescribe(project: Project): ImportFile[] {
  const byId = new Map<string, Resource>(project.resources.map((r) => [r.id, r]))
  const of = <K extends Resource['kind']>(kind: K) => project.resources.filter((r): r is ResourceOf<K> => r.kind === kind)
  const get = <K extends Resource['kind']>(id: string | undefined, _kind: K) => (id === undefined ? undefined : (byId.get(id) as ResourceOf<K> | undefined))
  const accountNumber = (accountRef: string | undefined) => get(accountRef, 'account')?.accountId ?? '000000000000'
  const folders = new Map<string, Map<string, Obj[]>>()
  const put = (accountRef: string | undefined, region: string, list: string, item: Obj) => {
    const dir = `${accountNumber(accountRef)}/${region}`
    let lists = folders.get(dir)
    if (!lists) folders.set(dir, (lists = new Map()))
    lists.set(list, [...(lists.get(list) ?? []), item])
  }
  const tags = (r: Resource) => [{ Key: 'Name', Value: r.name }, ...Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value }))]
  const vpcOf = (id: string) => get(id, 'vpc')!
  const whereVpc = (vpcId: string): [string, string] => [vpcOf(vpcId).account, vpcOf(vpcId).region]
  const subnetVpc = (subnetId: string) => get(subnetId, 'subnet')!.vpc

  for (const v of of('vpc')) {
    put(v.account, v.region, 'Vpcs', {
      VpcId: v.id, OwnerId: accountNumber(v.account), State: 'available', CidrBlock: v.cidr, Tags: tags(v),
      CidrBlockAssociationSet: vpcIpv4Cidrs(v).map((c) => ({ CidrBlock: c, CidrBlockState: { State: 'associated' } })),
      Ipv6CidrBlockAssociationSet: v.ipv6Cidrs.map((c) => ({ Ipv6CidrBlock: c, Ipv6CidrBlockState: { State: 'associated' } })),
    })
    put(v.account, v.region, `VpcAttribute-${v.id}-hostnames`, { VpcId: v.id, EnableDnsHostnames: { Value: v.enableDnsHostnames } })
    put(v.account, v.region, `VpcAttribute-${v.id}-support`, { VpcId: v.id, EnableDnsSupport: { Value: v.enableDnsSupport } })
  }
  for (const s of of('subnet')) {
    put(...whereVpc(s.vpc), 'Subnets', {
      SubnetId: s.id, VpcId: s.vpc, State: 'available', CidrBlock: s.cidr, AvailabilityZone: s.az, AvailabilityZoneId: s.azId,
      MapPublicIpOnLaunch: s.mapPublicIpOnLaunch, Tags: tags(s),
      Ipv6CidrBlockAssociationSet: s.ipv6Cidr ? [{ Ipv6CidrBlock: s.ipv6Cidr, Ipv6CidrBlockState: { State: 'associated' } }] : [],
    })
  }
  for (const g of of('internetGateway')) put(...whereVpc(g.vpc), 'InternetGateways', { InternetGatewayId: g.id, Attachments: [{ State: 'available', VpcId: g.vpc }], Tags: tags(g) })
  for (const g of of('egressOnlyInternetGateway')) put(...whereVpc(g.vpc), 'EgressOnlyInternetGateways', { EgressOnlyInternetGatewayId: g.id, Attachments: [{ State: 'attached', VpcId: g.vpc }], Tags: tags(g) })
  for (const n of of('natGateway')) {
    put(...whereVpc(subnetVpc(n.subnet)), 'NatGateways', {
      NatGatewayId: n.id, SubnetId: n.subnet, VpcId: subnetVpc(n.subnet), State: 'available', ConnectivityType: n.connectivity, Tags: tags(n),
      NatGatewayAddresses: Array.from({ length: Math.max(1, natElasticIps(n)) }, (_, i) => ({ AllocationId: n.connectivity === 'public' ? `eipalloc-${n.id}-${i}` : undefined, PrivateIp: i === 0 ? n.privateIp : undefined, IsPrimary: i === 0 })),
    })
  }
  for (const g of of('securityGroup')) {
    const perms = (rules: typeof g.ingress) =>
      rules.map((r) => ({
        IpProtocol: r.protocol, FromPort: r.fromPort, ToPort: r.toPort,
        IpRanges: r.cidr ? [{ CidrIp: r.cidr, Description: r.description }] : [], Ipv6Ranges: r.ipv6Cidr ? [{ CidrIpv6: r.ipv6Cidr, Description: r.description }] : [],
        PrefixListIds: r.prefixList ? [{ PrefixListId: r.prefixList, Description: r.description }] : [], UserIdGroupPairs: r.securityGroup ? [{ GroupId: r.securityGroup, Description: r.description }] : [],
      }))
    put(...whereVpc(g.vpc), 'SecurityGroups', { GroupId: g.id, GroupName: g.name, Description: g.description, VpcId: g.vpc, IpPermissions: perms(g.ingress), IpPermissionsEgress: perms(g.egress), Tags: tags(g) })
  }
  const subnetsOf = (vpcId: string) => of('subnet').filter((s) => s.vpc === vpcId)
  for (const n of of('networkAcl')) {
    const entries = (rules: typeof n.ingress, egress: boolean) =>
      rules.map((r) => ({ RuleNumber: r.ruleNumber, RuleAction: r.action, Protocol: { tcp: '6', udp: '17', icmp: '1', icmpv6: '58', '-1': '-1' }[r.protocol], Egress: egress, [r.cidr.includes(':') ? 'Ipv6CidrBlock' : 'CidrBlock']: r.cidr, PortRange: r.fromPort !== undefined ? { From: r.fromPort, To: r.toPort } : undefined }))
    const associated = subnetsOf(n.vpc).filter((s) => s.networkAcl === n.id || (n.default && s.networkAcl === undefined))
    put(...whereVpc(n.vpc), 'NetworkAcls', {
      NetworkAclId: n.id, VpcId: n.vpc, IsDefault: n.default, Tags: tags(n),
      Entries: [...entries(n.ingress, false), ...entries(n.egress, true), { RuleNumber: 32767, RuleAction: 'deny', Protocol: '-1', Egress: false, CidrBlock: '0.0.0.0/0' }],
      Associations: associated.map((s) => ({ NetworkAclId: n.id, SubnetId: s.id })),
    })
  }
  for (const p of of('prefixList')) {
    put(p.account ?? project.resources.find((r) => r.kind === 'account')?.id, p.region, 'ManagedPrefixLists', { PrefixListId: p.id, PrefixListName: p.awsService ? `com.amazonaws.${p.region}.${p.awsService}` : p.name, AddressFamily: p.addressFamily, MaxEntries: p.maxEntries, OwnerId: p.account ? accountNumber(p.account) : 'AWS', State: 'create-complete', Tags: tags(p) })
    put(p.account ?? project.resources.find((r) => r.kind === 'account')?.id, p.region, 'PrefixListEntries', { PrefixListId: p.id, Entries: p.entries.map((Cidr) => ({ Cidr })) })
  }
  writeRouteTables(project, of, put, whereVpc, tags)
  for (const p of of('peeringConnection')) {
    const [a, b] = [vpcOf(p.requesterVpc), vpcOf(p.accepterVpc)]
    const info = (v: typeof a) => ({ VpcId: v.id, OwnerId: accountNumber(v.account), Region: v.region, CidrBlock: v.cidr, PeeringOptions: { AllowDnsResolutionFromRemoteVpc: p.allowRemoteDnsResolution } })
    const item = { VpcPeeringConnectionId: p.id, Status: { Code: p.status }, RequesterVpcInfo: info(a), AccepterVpcInfo: info(b), Tags: tags(p) }
    put(a.account, a.region, 'VpcPeeringConnections', item)
    if (a.account !== b.account || a.region !== b.region) put(b.account, b.region, 'VpcPeeringConnections', item)
  }
  writeTransitGateways(of, get, put, accountNumber, tags)
  for (const g of of('vpnGateway')) put(g.account, g.region, 'VpnGateways', { VpnGatewayId: g.id, State: 'available', AmazonSideAsn: g.amazonSideAsn, VpcAttachments: g.vpc ? [{ VpcId: g.vpc, State: 'attached' }] : [], Tags: tags(g) })
  for (const g of of('customerGateway')) put(g.account, g.region, 'CustomerGateways', { CustomerGatewayId: g.id, State: 'available', BgpAsn: String(g.bgpAsn), IpAddress: g.ipAddress, Tags: tags(g) })
  for (const c of of('vpnConnection')) {
    const cgw = get(c.customerGateway, 'customerGateway')!
    const gw = byId.get(c.gateway)!
    put(cgw.account, cgw.region, 'VpnConnections', {
      VpnConnectionId: c.id, State: 'available', CustomerGatewayId: c.customerGateway, [gw.kind === 'transitGateway' ? 'TransitGatewayId' : 'VpnGatewayId']: c.gateway,
      Options: { StaticRoutesOnly: c.routing === 'static' }, Routes: c.staticRoutes.map((d) => ({ DestinationCidrBlock: d, State: 'available' })), Tags: tags(c),
    })
  }
  for (const e of of('gatewayEndpoint')) put(...whereVpc(e.vpc), 'VpcEndpoints', { VpcEndpointId: e.id, VpcEndpointType: 'Gateway', VpcId: e.vpc, ServiceName: `com.amazonaws.${vpcOf(e.vpc).region}.${e.service}`, State: 'available', RouteTableIds: e.routeTables, PolicyDocument: e.policy, Tags: tags(e) })
  for (const e of of('interfaceEndpoint')) {
    if (!e.service) continue
    put(...whereVpc(e.vpc), 'VpcEndpoints', { VpcEndpointId: e.id, VpcEndpointType: e.endpointType === 'interface' ? 'Interface' : 'GatewayLoadBalancer', VpcId: e.vpc, ServiceName: e.service, State: e.state === 'accepted' ? 'available' : 'pendingAcceptance', SubnetIds: e.subnets, Groups: e.securityGroups.map((GroupId) => ({ GroupId })), PrivateDnsEnabled: e.privateDns, Tags: tags(e) })
  }
  for (const w of of('workload')) {
    const instances = Array.from({ length: w.instances }, (_, i) => ({
      InstanceId: w.instances === 1 ? w.id : `${w.id}-${i}`, State: { Name: 'running' }, SubnetId: w.subnet, Tags: tags(w),
      NetworkInterfaces: [{
        NetworkInterfaceId: `eni-${w.id}-${i}`, SubnetId: w.subnet, SourceDestCheck: w.sourceDestCheck, Groups: w.securityGroups.map((GroupId) => ({ GroupId })),
        PrivateIpAddresses: w.privateIps[i] ? [{ PrivateIpAddress: w.privateIps[i], Primary: true }] : [], Association: w.publicIp ? { PublicIp: '203.0.113.10' } : undefined,
      }],
    }))
    put(...whereVpc(subnetVpc(w.subnet)), 'Reservations', { ReservationId: `r-${w.id}`, Instances: instances })
  }

  const files: ImportFile[] = []
  for (const [dir, lists] of [...folders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [list, items] of [...lists].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (list.startsWith('VpcAttribute-')) files.push({ path: `${dir}/${list}.json`, text: JSON.stringify(items[0], null, 2) })
      else if (list === 'PrefixListEntries') items.forEach((item, i) => files.push({ path: `${dir}/PrefixListEntries-${i}.json`, text: JSON.stringify(item, null, 2) }))
      else if (list === 'TgwPropagations' || list === 'TgwStaticRoutes') files.push({ path: `${dir}/${list}.json`, text: JSON.stringify({ [list === 'TgwPropagations' ? 'TransitGatewayPropagations' : 'TransitGatewayStaticRoutes']: items }, null, 2) })
      else files.push({ path: `${dir}/${list}.json`, text: JSON.stringify({ [list]: items }, null, 2) })
    }
  }
  return files
}

type Of = <K extends Resource['kind']>(kind: K) => ResourceOf<K>[]
type Put = (accountRef: string | undefined, region: string, list: string, item: Obj) => void
type Tags = (r: Resource) => { Key: string; Value: string }[]

function writeRouteTables(project: Project, of: Of, put: Put, whereVpc: (vpcId: string) => [string, string], tags: Tags): void {
  const targetField: Record<string, string> = {
    internetGateway: 'GatewayId', vpnGateway: 'GatewayId', gatewayEndpoint: 'GatewayId', interfaceEndpoint: 'GatewayId', egressOnlyInternetGateway: 'EgressOnlyInternetGatewayId',
    natGateway: 'NatGatewayId', peeringConnection: 'VpcPeeringConnectionId', transitGateway: 'TransitGatewayId', workload: 'InstanceId',
  }
  const kindOf = new Map(project.resources.map((r) => [r.id, r.kind]))
  const vpcs = new Map(of('vpc').map((v) => [v.id, v]))
  const endpoints = of('gatewayEndpoint')
  for (const t of of('routeTable')) {
    const vpc = vpcs.get(t.vpc)!
    const routes: Obj[] = vpcIpv4Cidrs(vpc).map((c) => ({ DestinationCidrBlock: c, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' }))
    for (const r of t.routes) {
      if (r.target === 'local') continue
      const target = { [targetField[kindOf.get(r.target)!]]: r.target }
      routes.push({ ...(r.destination ? { [r.destination.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: r.destination } : { DestinationPrefixListId: r.destinationPrefixList }), ...target, State: 'active', Origin: 'CreateRoute' })
    }
    for (const e of endpoints) if (e.routeTables.includes(t.id)) routes.push({ DestinationPrefixListId: `pl-${e.service}`, GatewayId: e.id, State: 'active', Origin: 'CreateRoute' })
    const associations: Obj[] = [
      ...(t.main ? [{ Main: true, RouteTableId: t.id, AssociationState: { State: 'associated' } }] : []),
      ...of('subnet').filter((s) => s.routeTable === t.id).map((s) => ({ Main: false, RouteTableId: t.id, SubnetId: s.id, AssociationState: { State: 'associated' } })),
      ...t.edgeAssociations.map((g) => ({ Main: false, RouteTableId: t.id, GatewayId: g, AssociationState: { State: 'associated' } })),
    ]
    put(...whereVpc(t.vpc), 'RouteTables', { RouteTableId: t.id, VpcId: t.vpc, Routes: routes, Associations: associations, PropagatingVgws: t.propagatingVgws.map((GatewayId) => ({ GatewayId })), Tags: tags(t) })
  }
}

function writeTransitGateways(
  of: Of, get: <K extends Resource['kind']>(id: string | undefined, kind: K) => ResourceOf<K> | undefined,
  put: Put, accountNumber: (ref: string | undefined) => string, tags: Tags,
): void {
  const tables = of('tgwRouteTable')
  const tableOf = (tgwId: string, attachmentId: string) => tables.find((t) => t.transitGateway === tgwId && t.associations.includes(attachmentId))
  const tgw = (id: string) => get(id, 'transitGateway')!
  for (const t of of('transitGateway')) {
    put(t.account, t.region, 'TransitGateways', {
      TransitGatewayId: t.id, OwnerId: accountNumber(t.account), State: 'available', Tags: tags(t),
      Options: {
        AmazonSideAsn: t.amazonSideAsn, DefaultRouteTableAssociation: t.defaultRouteTableAssociation ? 'enable' : 'disable', DefaultRouteTablePropagation: t.defaultRouteTablePropagation ? 'enable' : 'disable',
        AssociationDefaultRouteTableId: t.defaultRouteTable, DnsSupport: t.dnsSupport ? 'enable' : 'disable', VpnEcmpSupport: t.vpnEcmpSupport ? 'enable' : 'disable', SecurityGroupReferencingSupport: t.securityGroupReferencing ? 'enable' : 'disable',
      },
    })
  }
  for (const rt of tables) {
    const t = tgw(rt.transitGateway)
    put(t.account, t.region, 'TransitGatewayRouteTables', { TransitGatewayRouteTableId: rt.id, TransitGatewayId: t.id, State: 'available', Tags: tags(rt) })
    put(t.account, t.region, 'TgwPropagations', { TransitGatewayRouteTableId: rt.id, TransitGatewayRouteTablePropagations: rt.propagations.map((a) => ({ TransitGatewayAttachmentId: a, State: 'enabled' })) })
    put(t.account, t.region, 'TgwStaticRoutes', {
      TransitGatewayRouteTableId: rt.id,
      Routes: rt.routes.map((r) => ({ DestinationCidrBlock: r.destination, Type: 'static', State: r.target === 'blackhole' ? 'blackhole' : 'active', TransitGatewayAttachments: r.target === 'blackhole' ? [] : [{ TransitGatewayAttachmentId: r.target }] })),
    })
  }
  const generic = (id: string, tgwId: string, type: string, resourceId: string, r: Resource) => {
    const t = tgw(tgwId)
    const table = tableOf(tgwId, id)
    put(t.account, t.region, 'TransitGatewayAttachments', {
      TransitGatewayAttachmentId: id, TransitGatewayId: tgwId, ResourceType: type, ResourceId: resourceId, State: 'available', Tags: tags(r),
      ...(table ? { Association: { TransitGatewayRouteTableId: table.id, State: 'associated' } } : {}),
    })
  }
  for (const a of of('tgwVpcAttachment')) {
    const t = tgw(a.transitGateway)
    put(t.account, t.region, 'TransitGatewayVpcAttachments', { TransitGatewayAttachmentId: a.id, TransitGatewayId: a.transitGateway, VpcId: a.vpc, SubnetIds: a.subnets, State: 'available', Options: { ApplianceModeSupport: a.applianceMode ? 'enable' : 'disable', Ipv6Support: a.ipv6 ? 'enable' : 'disable' }, Tags: tags(a) })
    generic(a.id, a.transitGateway, 'vpc', a.vpc, a)
  }
  for (const a of of('tgwPeeringAttachment')) {
    // Each side lists the attachment with its own TGW first and the other as the resource.
    generic(a.id, a.transitGateway, 'peering', a.peerTransitGateway, a)
    generic(a.id, a.peerTransitGateway, 'peering', a.transitGateway, a)
    const info = (id: string) => ({ TransitGatewayId: id, OwnerId: accountNumber(tgw(id).account), Region: tgw(id).region })
    const item = { TransitGatewayAttachmentId: a.id, RequesterTgwInfo: info(a.transitGateway), AccepterTgwInfo: info(a.peerTransitGateway), State: a.status === 'available' ? 'available' : 'pendingAcceptance', Tags: tags(a) }
    for (const side of [a.transitGateway, a.peerTransitGateway]) put(tgw(side).account, tgw(side).region, 'TransitGatewayPeeringAttachments', item)
  }
  for (const a of of('tgwVpnAttachment')) generic(a.id, a.transitGateway, 'vpn', a.vpnConnection, a)
}
