import type { ResourceOf } from '../../../model'
import { type BodyItem, attr, attrs, blank, call, list, raw } from '../hcl/ast'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { labelFor, snakeFor } from '../names'
import { defaultTableDependencies } from './transit-gateway'

const FILE = 'vpn.tf'

const dependsOn = (addresses: string[]): BodyItem[] =>
  addresses.length === 0 ? [] : [blank, attr('depends_on', list(addresses.map((a) => raw(a)), addresses.length > 1))]

/** Virtual private gateways, customer gateways, Site-to-Site VPNs and Direct Connect gateways. */
export function emitVpn(ctx: TfContext): void {
  if (ctx.index.all('vpnConnection').length > 0) {
    ctx.notes.push(
      'VPN tunnels use AWS defaults (IKE versions, algorithms); AWS generates the pre-shared keys and Terraform keeps them in state, so store the state encrypted and restricted.',
    )
  }
  ctx.section(FILE, 'Virtual private gateways', ctx.index.all('vpnGateway').flatMap((g) => vgwItems(ctx, g)))
  ctx.section(FILE, 'Customer gateways', ctx.index.all('customerGateway').flatMap((g) => cgwItems(ctx, g)))
  ctx.section(FILE, 'Site-to-Site VPN connections', ctx.index.all('vpnConnection').flatMap((v) => vpnItems(ctx, v)))
  for (const dx of ctx.index.all('dxGateway')) ctx.section(FILE, `Direct Connect gateway ${dx.name} (${dx.id})`, dxItems(ctx, dx))
}

function vgwItems(ctx: TfContext, g: ResourceOf<'vpnGateway'>): BodyItem[] {
  return resourceBlock(g, 'aws_vpn_gateway', ctx.label('aws_vpn_gateway', g.id), [
    ...ctx.placement(g),
    ...attrs([
      ['vpc_id', g.vpc !== undefined && ctx.index.getOf('vpc', g.vpc) ? raw(ctx.ref('aws_vpc', g.vpc)) : undefined],
      ['amazon_side_asn', String(g.amazonSideAsn)],
    ]),
    blank,
    tagsAttr(g),
  ])
}

function cgwItems(ctx: TfContext, g: ResourceOf<'customerGateway'>): BodyItem[] {
  const network = ctx.index.getOf('onPremNetwork', g.onPremNetwork)
  const ip =
    g.ipAddress ??
    raw(
      ctx.variable(`cgw:${g.id}`, `customer_gateway_ip_${snakeFor(g.id)}`, {
        group: 'Customer gateways',
        type: 'string',
        description: `Public IPv4 address of customer gateway "${g.name}" (${g.id})${network ? `, the VPN device of on-premises network "${network.name}" (${network.cidrs.join(', ')})` : ''}.`,
        validation: { condition: (v) => `can(cidrhost("\${${v}}/32", 0))`, message: 'Expected an IPv4 address such as 203.0.113.10.' },
      }),
    )
  return resourceBlock(g, 'aws_customer_gateway', ctx.label('aws_customer_gateway', g.id), [
    ...ctx.placement(g),
    attr('bgp_asn', String(g.bgpAsn)),
    attr('ip_address', ip),
    attr('type', 'ipsec.1'),
    blank,
    tagsAttr(g),
  ])
}

function vpnItems(ctx: TfContext, v: ResourceOf<'vpnConnection'>): BodyItem[] {
  const gateway = ctx.index.get(v.gateway)
  if (!ctx.index.getOf('customerGateway', v.customerGateway) || (gateway?.kind !== 'vpnGateway' && gateway?.kind !== 'transitGateway')) {
    ctx.leftOut.push(`${describe(v)}: its customer gateway or its AWS-side gateway is missing from the design.`)
    return []
  }
  const onVgw = gateway.kind === 'vpnGateway'
  const items = resourceBlock(v, 'aws_vpn_connection', ctx.label('aws_vpn_connection', v.id), [
    ...ctx.placement(v),
    attr('customer_gateway_id', raw(ctx.ref('aws_customer_gateway', v.customerGateway))),
    attr(onVgw ? 'vpn_gateway_id' : 'transit_gateway_id', raw(ctx.ref(onVgw ? 'aws_vpn_gateway' : 'aws_ec2_transit_gateway', gateway.id))),
    attr('type', 'ipsec.1'),
    attr('static_routes_only', v.routing === 'static'),
    blank,
    tagsAttr(v),
    ...dependsOn(onVgw ? [] : defaultTableDependencies(ctx, gateway)),
  ])
  if (v.routing === 'static' && v.staticRoutes.length > 0) {
    if (onVgw) {
      items.push(
        ...resourceBlock(undefined, 'aws_vpn_connection_route', ctx.label('aws_vpn_connection_route', v.id), [
          ...ctx.placement(v, { forEach: call('toset', list([...new Set(v.staticRoutes)], true)) }),
          attr('destination_cidr_block', raw('each.key')),
          attr('vpn_connection_id', raw(ctx.ref('aws_vpn_connection', v.id))),
        ]),
      )
    } else {
      ctx.notes.push(`${describe(v)} uses static routing on a transit gateway: its prefixes (${v.staticRoutes.join(', ')}) are routed by the transit gateway route tables, not by the connection.`)
    }
  }
  ctx.output('vpn_connections', 'Site-to-Site VPN connections by design id, with the tunnel addresses to configure on the customer device.', {
    key: v.id,
    fields: [
      ['id', raw(ctx.ref('aws_vpn_connection', v.id))],
      ['tunnel1_address', raw(ctx.ref('aws_vpn_connection', v.id, 'tunnel1_address'))],
      ['tunnel2_address', raw(ctx.ref('aws_vpn_connection', v.id, 'tunnel2_address'))],
    ],
  })
  return items
}

function dxItems(ctx: TfContext, dx: ResourceOf<'dxGateway'>): BodyItem[] {
  // Direct Connect gateways are global: no region argument.
  const items = resourceBlock(dx, 'aws_dx_gateway', ctx.label('aws_dx_gateway', dx.id), [
    ...ctx.placement(dx, { regional: false }),
    attr('name', dx.name),
    attr('amazon_side_asn', String(dx.amazonSideAsn)),
  ])
  const dxAccount = ctx.accountOf(dx)
  for (const targetId of [...new Set(dx.associations)]) {
    const target = ctx.index.get(targetId)
    if (target?.kind !== 'vpnGateway' && target?.kind !== 'transitGateway') continue
    const suffix = `_${labelFor(target.id)}`
    const gatewayRef = raw(ctx.ref(target.kind === 'vpnGateway' ? 'aws_vpn_gateway' : 'aws_ec2_transit_gateway', target.id))
    const prefixes = target.kind === 'transitGateway' && dx.allowedPrefixes.length > 0 ? list(dx.allowedPrefixes, true) : undefined
    const targetAccount = ctx.accountOf(target)
    const crossAccount = targetAccount !== undefined && dxAccount !== undefined && targetAccount.id !== dxAccount.id
    if (crossAccount) {
      // The gateway's owner proposes; the Direct Connect gateway's owner accepts by creating the association.
      items.push(
        ...resourceBlock(undefined, 'aws_dx_gateway_association_proposal', ctx.label('aws_dx_gateway_association_proposal', dx.id, suffix), [
          ...ctx.placement(target),
          ...attrs([
            ['dx_gateway_id', raw(ctx.ref('aws_dx_gateway', dx.id))],
            ['dx_gateway_owner_account_id', dxAccount.accountId],
            ['associated_gateway_id', gatewayRef],
            ['allowed_prefixes', prefixes],
          ]),
        ]),
      )
    }
    items.push(
      ...resourceBlock(undefined, 'aws_dx_gateway_association', ctx.label('aws_dx_gateway_association', dx.id, suffix), [
        ...ctx.placement(target, { account: dxAccount }),
        ...attrs([
          ['dx_gateway_id', raw(ctx.ref('aws_dx_gateway', dx.id))],
          ...(crossAccount
            ? ([
                ['proposal_id', raw(ctx.ref('aws_dx_gateway_association_proposal', dx.id, 'id', suffix))],
                ['associated_gateway_owner_account_id', targetAccount.accountId],
              ] as const)
            : ([['associated_gateway_id', gatewayRef]] as const)),
          ['allowed_prefixes', prefixes],
        ]),
        ...dependsOn(target.kind === 'transitGateway' ? defaultTableDependencies(ctx, target) : []),
      ]),
    )
  }
  if (dx.onPremNetworks.length > 0) ctx.leftOut.push(`${describe(dx)}: Direct Connect connections and virtual interfaces to on-premises networks (ordered from AWS and a partner, not declared here).`)
  return items
}
