import type { ResourceOf } from '../../../model'
import { contains, parseCidr } from '../../../net/cidr'
import { type BodyItem, type Value, attr, attrs, blank, call, list, raw } from '../hcl/ast'
import { quoteString } from '../hcl/write'
import { labelFor } from '../names'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { natElasticIps } from '../../../model/kinds'

type Vpc = ResourceOf<'vpc'>
type Subnet = ResourceOf<'subnet'>

/** The file a VPC's own resources go to: `vpc-<id>.tf`, without doubling an id that already says vpc. */
export function vpcFile(vpc: Vpc): string {
  const label = labelFor(vpc.id)
  return `${/^vpc/i.test(label) ? label : `vpc-${label}`}.tf`
}

/** The VPC, its secondary blocks, gateways, subnets (with their associations) and NAT gateways. */
export function emitVpcs(ctx: TfContext): void {
  for (const vpc of ctx.index.all('vpc')) {
    const file = vpcFile(vpc)
    ctx.section(file, `VPC ${vpc.name} (${vpc.id})`, vpcItems(ctx, vpc))
    const igws = ctx.index.childrenOf(vpc.id, 'internetGateway')
    const eigws = ctx.index.childrenOf(vpc.id, 'egressOnlyInternetGateway')
    ctx.section(file, 'Internet gateways', [
      ...igws.flatMap((g) =>
        resourceBlock(g, 'aws_internet_gateway', ctx.label('aws_internet_gateway', g.id), [
          ...ctx.placement(g),
          attr('vpc_id', raw(ctx.ref('aws_vpc', vpc.id))),
          blank,
          tagsAttr(g),
        ]),
      ),
      ...eigws.flatMap((g) =>
        resourceBlock(g, 'aws_egress_only_internet_gateway', ctx.label('aws_egress_only_internet_gateway', g.id), [
          ...ctx.placement(g),
          attr('vpc_id', raw(ctx.ref('aws_vpc', vpc.id))),
          blank,
          tagsAttr(g),
        ]),
      ),
    ])
    ctx.section(file, 'Subnets', ctx.index.childrenOf(vpc.id, 'subnet').flatMap((s) => subnetItems(ctx, vpc, s)))
    const nats = ctx.index.childrenOf(vpc.id, 'subnet').flatMap((s) => ctx.index.childrenOf(s.id, 'natGateway'))
    ctx.section(file, 'NAT gateways', nats.flatMap((n) => natItems(ctx, vpc, n)))
    ctx.output('vpcs', 'VPCs by design id.', {
      key: vpc.id,
      fields: [
        ['id', raw(ctx.ref('aws_vpc', vpc.id))],
        ['arn', raw(ctx.ref('aws_vpc', vpc.id, 'arn'))],
        ['cidr_block', raw(ctx.ref('aws_vpc', vpc.id, 'cidr_block'))],
      ],
    })
  }
}

function vpcItems(ctx: TfContext, vpc: Vpc): BodyItem[] {
  const items = resourceBlock(vpc, 'aws_vpc', ctx.label('aws_vpc', vpc.id), [
    ...ctx.placement(vpc),
    ...attrs([
      ['cidr_block', vpc.cidr],
      ['enable_dns_support', vpc.enableDnsSupport],
      ['enable_dns_hostnames', vpc.enableDnsHostnames],
      // Amazon assigns the /56; the design's block only fixes the layout of subnets inside it.
      ['assign_generated_ipv6_cidr_block', vpc.ipv6Cidrs.length > 0 ? true : undefined],
    ]),
    blank,
    tagsAttr(vpc),
  ])
  if (vpc.ipv6Cidrs.length > 1) {
    ctx.leftOut.push(`${describe(vpc)}: IPv6 blocks after the first (${vpc.ipv6Cidrs.slice(1).join(', ')}); add aws_vpc_ipv6_cidr_block_association when needed.`)
  }
  if (vpc.secondaryCidrs.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_vpc_ipv4_cidr_block_association', ctx.label('aws_vpc_ipv4_cidr_block_association', vpc.id), [
        ...ctx.placement(vpc, { forEach: call('toset', list(vpc.secondaryCidrs, true)) }),
        attr('vpc_id', raw(ctx.ref('aws_vpc', vpc.id))),
        attr('cidr_block', raw('each.key')),
      ]),
    )
  }
  return items
}

/**
 * `vpc_id` for a subnet. A subnet in a secondary block reads the id through that block's association,
 * so Terraform creates the block first and deletes the subnet before releasing the block.
 */
function subnetVpcId(ctx: TfContext, vpc: Vpc, subnet: Subnet): string {
  const inner = parseCidr(subnet.cidr)
  const secondary = vpc.secondaryCidrs.find((c) => {
    const outer = parseCidr(c)
    return outer && inner && contains(outer, inner)
  })
  return secondary === undefined
    ? ctx.ref('aws_vpc', vpc.id)
    : `${ctx.address('aws_vpc_ipv4_cidr_block_association', vpc.id)}[${quoteString(secondary)}].vpc_id`
}

/** The subnet's /64 as `cidrsubnet(<VPC /56>, 8, n)`: the design fixes n, Amazon fixes the /56. */
function subnetIpv6(ctx: TfContext, vpc: Vpc, subnet: Subnet): Value | undefined {
  if (subnet.ipv6Cidr === undefined) return undefined
  const block = vpc.ipv6Cidrs[0] === undefined ? null : parseCidr(vpc.ipv6Cidrs[0])
  const net = parseCidr(subnet.ipv6Cidr)
  if (!block || !net || !contains(block, net) || net.prefix < block.prefix) {
    ctx.leftOut.push(`${describe(subnet)}: IPv6 block ${subnet.ipv6Cidr} is not inside the VPC's first IPv6 block, so it cannot be derived from the block Amazon assigns.`)
    return undefined
  }
  const newBits = net.prefix - block.prefix
  const n = (net.start - block.start) >> BigInt(128 - net.prefix)
  return call('cidrsubnet', raw(ctx.ref('aws_vpc', vpc.id, 'ipv6_cidr_block')), newBits, Number(n))
}

function subnetItems(ctx: TfContext, vpc: Vpc, subnet: Subnet): BodyItem[] {
  const label = ctx.label('aws_subnet', subnet.id)
  const items = resourceBlock(subnet, 'aws_subnet', label, [
    ...ctx.placement(subnet),
    ...attrs([
      ['vpc_id', raw(subnetVpcId(ctx, vpc, subnet))],
      ['cidr_block', subnet.cidr],
      ['ipv6_cidr_block', subnetIpv6(ctx, vpc, subnet)],
      // The AZ id names the same physical zone in every account; the name does not.
      [subnet.azId ? 'availability_zone_id' : 'availability_zone', subnet.azId ?? subnet.az],
      ['map_public_ip_on_launch', subnet.mapPublicIpOnLaunch ? true : undefined],
    ]),
    blank,
    tagsAttr(subnet),
  ])
  const table = ctx.index.getOf('routeTable', subnet.routeTable)
  if (table) {
    items.push(
      ...resourceBlock(undefined, 'aws_route_table_association', ctx.label('aws_route_table_association', subnet.id), [
        ...ctx.placement(subnet),
        attr('subnet_id', raw(ctx.ref('aws_subnet', subnet.id))),
        attr('route_table_id', raw(ctx.ref('aws_route_table', table.id))),
      ]),
    )
  }
  const acl = ctx.index.getOf('networkAcl', subnet.networkAcl)
  if (acl && !acl.default) {
    items.push(
      ...resourceBlock(undefined, 'aws_network_acl_association', ctx.label('aws_network_acl_association', subnet.id), [
        ...ctx.placement(subnet),
        attr('subnet_id', raw(ctx.ref('aws_subnet', subnet.id))),
        attr('network_acl_id', raw(ctx.ref('aws_network_acl', acl.id))),
      ]),
    )
  }
  ctx.output('subnets', 'Subnets by design id.', {
    key: subnet.id,
    fields: [
      ['id', raw(ctx.ref('aws_subnet', subnet.id))],
      ['arn', raw(ctx.ref('aws_subnet', subnet.id, 'arn'))],
      ['cidr_block', raw(ctx.ref('aws_subnet', subnet.id, 'cidr_block'))],
      ['availability_zone', raw(ctx.ref('aws_subnet', subnet.id, 'availability_zone'))],
    ],
  })
  return items
}

function natItems(ctx: TfContext, vpc: Vpc, nat: ResourceOf<'natGateway'>): BodyItem[] {
  const label = ctx.label('aws_nat_gateway', nat.id)
  const items: BodyItem[] = []
  const isPublic = nat.connectivity === 'public'
  if (isPublic && natElasticIps(nat) > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_eip', ctx.label('aws_eip', nat.id), [...ctx.placement(nat), attr('domain', 'vpc'), blank, tagsAttr(nat)]),
    )
  }
  const secondary = isPublic ? Array.from({ length: Math.max(0, natElasticIps(nat) - 1) }, (_, i) => String(i + 2)) : []
  if (secondary.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_eip', ctx.label('aws_eip', nat.id, '_secondary'), [
        ...ctx.placement(nat, { forEach: call('toset', list(secondary, true)) }),
        attr('domain', 'vpc'),
        blank,
        tagsAttr(nat, raw(`${quoteString(`${nat.name} (`).slice(0, -1)}\${each.key})"`)),
      ]),
    )
  }
  if (isPublic && natElasticIps(nat) === 0) ctx.notes.push(`${describe(nat)} is public but has no Elastic IP; AWS requires one, so set allocation_id before applying.`)
  const igw = ctx.index.childrenOf(vpc.id, 'internetGateway')[0]
  items.push(
    ...resourceBlock(nat, 'aws_nat_gateway', label, [
      ...ctx.placement(nat),
      ...attrs([
        ['subnet_id', raw(ctx.ref('aws_subnet', nat.subnet))],
        ['connectivity_type', nat.connectivity],
        ['allocation_id', isPublic && natElasticIps(nat) > 0 ? raw(ctx.ref('aws_eip', nat.id)) : undefined],
        ['secondary_allocation_ids', secondary.length > 0 ? raw(`[for eip in ${ctx.address('aws_eip', nat.id, '_secondary')} : eip.id]`) : undefined],
        ['private_ip', nat.privateIp],
        ['secondary_private_ip_address_count', !isPublic && nat.secondaryPrivateIps > 0 ? nat.secondaryPrivateIps : undefined],
      ]),
      blank,
      tagsAttr(nat),
      // AWS recommends the internet gateway exist before a public NAT gateway that uses it.
      ...(isPublic && igw ? [blank, attr('depends_on', list([raw(ctx.address('aws_internet_gateway', igw.id))]))] : []),
    ]),
  )
  return items
}
