import type { Kind, Resource } from '../../../model'
import { type BodyItem, attr, blank, block, raw } from '../hcl/ast'
import type { TfContext } from '../context'

/** The Terraform resource that stands for a design resource of each kind (one block labelled by its id). */
const PRIMARY: Partial<Record<Kind, string>> = {
  vpc: 'aws_vpc',
  subnet: 'aws_subnet',
  routeTable: 'aws_route_table',
  networkAcl: 'aws_network_acl',
  securityGroup: 'aws_security_group',
  internetGateway: 'aws_internet_gateway',
  egressOnlyInternetGateway: 'aws_egress_only_internet_gateway',
  natGateway: 'aws_nat_gateway',
  vpnGateway: 'aws_vpn_gateway',
  customerGateway: 'aws_customer_gateway',
  vpnConnection: 'aws_vpn_connection',
  dxGateway: 'aws_dx_gateway',
  peeringConnection: 'aws_vpc_peering_connection',
  transitGateway: 'aws_ec2_transit_gateway',
  tgwRouteTable: 'aws_ec2_transit_gateway_route_table',
  tgwVpcAttachment: 'aws_ec2_transit_gateway_vpc_attachment',
  tgwPeeringAttachment: 'aws_ec2_transit_gateway_peering_attachment',
  gatewayEndpoint: 'aws_vpc_endpoint',
  interfaceEndpoint: 'aws_vpc_endpoint',
  endpointService: 'aws_vpc_endpoint_service',
  prefixList: 'aws_ec2_managed_prefix_list',
}

/**
 * A design imported from AWS keeps each resource's AWS id (`externalId`). Import blocks (Terraform
 * 1.5) adopt those resources at the next apply instead of creating duplicates; `@<region>` tells
 * provider 6 where to look.
 */
export function emitImports(ctx: TfContext): void {
  const items: BodyItem[] = []
  const imported: Resource[] = []
  for (const r of ctx.project.resources) {
    const type = PRIMARY[r.kind]
    if (type === undefined || r.externalId === undefined || !ctx.declared(type, r.id)) continue
    const region = r.kind === 'dxGateway' ? undefined : ctx.regionOf(r)
    const provider = ctx.providerOf(r)
    items.push(
      block('import', [], [
        ...(provider ? [attr('provider', raw(provider))] : []),
        attr('to', raw(ctx.address(type, r.id))),
        attr('id', region ? `${r.externalId}@${region}` : r.externalId),
      ]),
      blank,
    )
    imported.push(r)
  }
  if (imported.length === 0) return
  ctx.section('imports.tf', 'Resources that already exist in AWS', items)
  ctx.notes.push(
    `${imported.length} resources carry their AWS ids from an import and are adopted by the import blocks in imports.tf. Their members (routes, rules, associations, Elastic IPs) are not: review the plan, and import or delete any that AWS already has before applying, since AWS refuses duplicates.`,
  )
}
