import { isCidr } from '../../net/cidr'
import { regionOfAz } from '../../model'
import { type ImportContext, naming } from './context'
import { type Rec, bool, obj, objs, str } from './record'
import { goneReason } from './states'

/** VPCs with their live CIDR blocks; disassociated blocks are skipped and reported. */
export function mapVpcs(ctx: ImportContext): void {
  for (const rec of ctx.records('Vpcs')) {
    const v = rec.value
    const vpcId = v.VpcId as string
    if (!ctx.claim(vpcId, rec)) continue
    const gone = goneReason(str(v, 'State'))
    if (gone) {
      ctx.skip(rec, vpcId, gone)
      continue
    }
    const primary = v.CidrBlock as string
    if (!isCidr(primary, 4)) {
      ctx.malformed(rec, ['CidrBlock'], `"${primary}" is not an IPv4 CIDR`)
      continue
    }
    const secondary: string[] = []
    for (const [assoc, i] of objs(v, 'CidrBlockAssociationSet')) {
      const cidr = str(assoc, 'CidrBlock')
      if (!cidr || cidr === primary) continue
      const reason = goneReason(str(obj(assoc, 'CidrBlockState'), 'State'))
      if (reason) ctx.skip(rec, `${vpcId} CIDR ${cidr}`, `secondary CIDR block ${reason}`, ['CidrBlockAssociationSet', i])
      else if (!isCidr(cidr, 4)) ctx.malformed(rec, ['CidrBlockAssociationSet', i, 'CidrBlock'], `"${cidr}" is not an IPv4 CIDR`)
      else if (!secondary.includes(cidr)) secondary.push(cidr)
    }
    const ipv6: string[] = []
    for (const [assoc, i] of objs(v, 'Ipv6CidrBlockAssociationSet')) {
      const cidr = str(assoc, 'Ipv6CidrBlock')
      if (!cidr) continue
      const reason = goneReason(str(obj(assoc, 'Ipv6CidrBlockState'), 'State'))
      if (reason) ctx.skip(rec, `${vpcId} IPv6 CIDR ${cidr}`, `IPv6 CIDR block ${reason}`, ['Ipv6CidrBlockAssociationSet', i])
      else if (isCidr(cidr, 6)) ipv6.push(cidr)
      else ctx.malformed(rec, ['Ipv6CidrBlockAssociationSet', i, 'Ipv6CidrBlock'], `"${cidr}" is not an IPv6 CIDR`)
    }
    ctx.add(vpcId, rec, {
      kind: 'vpc',
      ...naming(v, vpcId),
      account: ctx.accountOf(rec),
      region: rec.scope.region,
      cidr: primary,
      secondaryCidrs: secondary,
      ipv6Cidrs: ipv6,
    })
  }
}

/** DNS settings from `aws ec2 describe-vpc-attribute` outputs (one file per VPC and attribute). */
export function mapVpcAttributes(ctx: ImportContext): void {
  for (const rec of ctx.records('VpcAttributes')) {
    const vpc = ctx.get(rec.value.VpcId as string, 'vpc')
    for (const field of ['EnableDnsHostnames', 'EnableDnsSupport'] as const) {
      const value = obj(rec.value, field)?.Value
      if (typeof value !== 'boolean') continue
      if (vpc) vpc[field === 'EnableDnsHostnames' ? 'enableDnsHostnames' : 'enableDnsSupport'] = value
      else ctx.skip(rec, `${rec.value.VpcId as string} ${field}`, 'the VPC is not in the imported data')
    }
  }
}

export function mapSubnets(ctx: ImportContext): void {
  for (const rec of ctx.records('Subnets')) {
    const s = rec.value
    const subnetId = s.SubnetId as string
    if (!ctx.claim(subnetId, rec)) continue
    const gone = goneReason(str(s, 'State'))
    if (gone) {
      ctx.skip(rec, subnetId, gone)
      continue
    }
    const vpc = ctx.get(s.VpcId as string, 'vpc')
    if (!vpc) {
      ctx.skip(rec, subnetId, `its VPC ${s.VpcId as string} is not in the imported data`)
      continue
    }
    const az = s.AvailabilityZone as string
    const cidr = s.CidrBlock as string
    if (!isCidr(cidr, 4)) {
      ctx.malformed(rec, ['CidrBlock'], `"${cidr}" is not an IPv4 CIDR`)
      continue
    }
    if (regionOfAz(az) === null) {
      ctx.malformed(rec, ['AvailabilityZone'], `"${az}" is not an availability zone name`)
      continue
    }
    if (regionOfAz(az) !== vpc.region) {
      // A flat folder may have been given the wrong Region; the subnet's zone is authoritative.
      ctx.assume(rec, subnetId, `zone ${az} is outside the Region ${String(vpc.region)} assumed for ${String(vpc.id)}; the VPC takes the zone's Region`)
      vpc.region = regionOfAz(az)!
    }
    const azId = str(s, 'AvailabilityZoneId')
    const ipv6 = objs(s, 'Ipv6CidrBlockAssociationSet').find(([a]) => !goneReason(str(obj(a, 'Ipv6CidrBlockState'), 'State')))?.[0]
    ctx.add(subnetId, rec, {
      kind: 'subnet',
      ...naming(s, subnetId),
      vpc: vpc.id,
      az,
      ...(azId && /^[a-z]{2,6}\d-az\d{1,2}$/.test(azId) ? { azId } : {}),
      cidr,
      ...(ipv6 && str(ipv6, 'Ipv6CidrBlock') ? { ipv6Cidr: str(ipv6, 'Ipv6CidrBlock') } : {}),
      mapPublicIpOnLaunch: bool(s, 'MapPublicIpOnLaunch') ?? false,
    })
  }
}

/** Internet and egress-only internet gateways: one VPC each; detached ones carry no traffic and are skipped. */
export function mapInternetGateways(ctx: ImportContext): void {
  const families = [
    ['InternetGateways', 'InternetGatewayId', 'internetGateway'],
    ['EgressOnlyInternetGateways', 'EgressOnlyInternetGatewayId', 'egressOnlyInternetGateway'],
  ] as const
  for (const [key, idField, kind] of families) {
    for (const rec of ctx.records(key)) {
      const g = rec.value
      const gwId = g[idField] as string
      if (!ctx.claim(gwId, rec)) continue
      const attached = objs(g, 'Attachments').find(([a]) => !goneReason(str(a, 'State')))
      const vpc = ctx.get(str(attached?.[0], 'VpcId'), 'vpc')
      if (!attached) ctx.skip(rec, gwId, 'not attached to a VPC')
      else if (!vpc) ctx.skip(rec, gwId, `its VPC ${str(attached[0], 'VpcId') ?? '?'} is not in the imported data`)
      else ctx.add(gwId, rec, { kind, ...naming(g, gwId), vpc: vpc.id })
    }
  }
}

export function mapNatGateways(ctx: ImportContext): void {
  for (const rec of ctx.records('NatGateways')) {
    const n = rec.value
    const natId = n.NatGatewayId as string
    if (!ctx.claim(natId, rec)) continue
    const gone = goneReason(str(n, 'State'))
    const subnet = ctx.get(n.SubnetId as string, 'subnet')
    if (gone) ctx.skip(rec, natId, gone)
    else if (!subnet) ctx.skip(rec, natId, `its subnet ${n.SubnetId as string} is not in the imported data`)
    else ctx.add(natId, rec, natDraft(rec, natId, subnet.id))
  }
}

function natDraft(rec: Rec, natId: string, subnet: string) {
  const n = rec.value
  const connectivity = str(n, 'ConnectivityType') === 'private' ? 'private' : 'public'
  const addresses = objs(n, 'NatGatewayAddresses').map(([a]) => a).filter((a) => !goneReason(str(a, 'Status')))
  const primary = addresses.find((a) => bool(a, 'IsPrimary') !== false) ?? addresses[0]
  const privateIp = str(primary, 'PrivateIp')
  return {
    kind: 'natGateway' as const,
    ...naming(n, natId),
    subnet,
    connectivity,
    elasticIps: connectivity === 'public' ? Math.min(16, addresses.filter((a) => str(a, 'AllocationId')).length || 1) : 0,
    ...(privateIp ? { privateIp } : {}),
    secondaryPrivateIps: Math.min(31, addresses.filter((a) => bool(a, 'IsPrimary') === false).length),
  }
}
