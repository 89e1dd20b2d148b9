import type { ResourceOf } from '../../../model'
import { type BodyItem, type Value, attr, attrs, blank, block, call, list, map, raw } from '../hcl/ast'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { labelFor } from '../names'
import { attachmentIsShared, tgwAttachmentRef } from './refs'

const FILE = 'transit-gateway.tf'
type Tgw = ResourceOf<'transitGateway'>
type VpcAttachment = ResourceOf<'tgwVpcAttachment'>

const toggle = (on: boolean) => (on ? 'enable' : 'disable')

/** Transit gateways with their RAM shares, attachments, route tables, associations, propagations and routes. */
export function emitTransitGateways(ctx: TfContext): void {
  for (const tgw of ctx.index.all('transitGateway')) {
    ctx.section(FILE, `Transit gateway ${tgw.name} (${tgw.id})`, [...gatewayItems(ctx, tgw), ...shareItems(ctx, tgw)])
    const attachments = ctx.index.all('tgwVpcAttachment').filter((a) => a.transitGateway === tgw.id)
    ctx.section(FILE, `Transit gateway ${tgw.name}: VPC attachments`, attachments.flatMap((a) => vpcAttachmentItems(ctx, tgw, a)))
    const peerings = ctx.index.all('tgwPeeringAttachment').filter((a) => a.transitGateway === tgw.id)
    ctx.section(FILE, `Transit gateway ${tgw.name}: peering attachments`, peerings.flatMap((a) => peeringItems(ctx, tgw, a)))
    const dx = ctx.index.all('tgwDxAttachment').filter((a) => a.transitGateway === tgw.id)
    ctx.section(FILE, `Transit gateway ${tgw.name}: Direct Connect attachments`, dx.flatMap((a) => dxAttachmentItems(ctx, tgw, a)))
    const tables = ctx.index.all('tgwRouteTable').filter((t) => t.transitGateway === tgw.id)
    ctx.section(FILE, `Transit gateway ${tgw.name}: route tables`, tables.flatMap((t) => routeTableItems(ctx, tgw, t)))
  }
}

function gatewayItems(ctx: TfContext, tgw: Tgw): BodyItem[] {
  const label = ctx.label('aws_ec2_transit_gateway', tgw.id)
  const items = resourceBlock(tgw, 'aws_ec2_transit_gateway', label, [
    ...ctx.placement(tgw),
    attr('amazon_side_asn', tgw.amazonSideAsn),
    attr('default_route_table_association', toggle(tgw.defaultRouteTableAssociation)),
    attr('default_route_table_propagation', toggle(tgw.defaultRouteTablePropagation)),
    attr('dns_support', toggle(tgw.dnsSupport)),
    attr('vpn_ecmp_support', toggle(tgw.vpnEcmpSupport)),
    attr('security_group_referencing_support', toggle(tgw.securityGroupReferencing)),
    // Attachments from other accounts are accepted explicitly below, never automatically.
    attr('auto_accept_shared_attachments', 'disable'),
    blank,
    tagsAttr(tgw),
  ])
  const defaultTable = ctx.index.getOf('tgwRouteTable', tgw.defaultRouteTable)
  if (defaultTable) {
    for (const [enabled, type] of [
      [tgw.defaultRouteTableAssociation, 'aws_ec2_transit_gateway_default_route_table_association'],
      [tgw.defaultRouteTablePropagation, 'aws_ec2_transit_gateway_default_route_table_propagation'],
    ] as const) {
      if (!enabled) continue
      items.push(
        ...resourceBlock(undefined, type, ctx.label(type, tgw.id), [
          ...ctx.placement(tgw),
          attr('transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))),
          attr('transit_gateway_route_table_id', raw(ctx.ref('aws_ec2_transit_gateway_route_table', defaultTable.id))),
        ]),
      )
    }
  }
  ctx.output('transit_gateways', 'Transit gateways by design id.', {
    key: tgw.id,
    fields: [
      ['id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))],
      ['arn', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id, 'arn'))],
    ],
  })
  return items
}

/**
 * The resources that make the design's table the gateway's default: VPN and Direct Connect
 * attachments wait for them, so AWS wires them to that table rather than the one it created.
 */
export function defaultTableDependencies(ctx: TfContext, tgw: Tgw): string[] {
  if (!ctx.index.getOf('tgwRouteTable', tgw.defaultRouteTable)) return []
  return [
    ...(tgw.defaultRouteTableAssociation ? [ctx.address('aws_ec2_transit_gateway_default_route_table_association', tgw.id)] : []),
    ...(tgw.defaultRouteTablePropagation ? [ctx.address('aws_ec2_transit_gateway_default_route_table_propagation', tgw.id)] : []),
  ]
}

/** The AWS RAM share that lets other accounts of the design attach their VPCs to this gateway. */
function shareItems(ctx: TfContext, tgw: Tgw): BodyItem[] {
  const principals = [
    ...new Set(
      ctx.index
        .all('tgwVpcAttachment')
        .filter((a) => a.transitGateway === tgw.id && attachmentIsShared(ctx, a))
        .map((a) => ctx.accountOf(ctx.index.getOf('vpc', a.vpc)!)?.accountId)
        .filter((id): id is string => id !== undefined),
    ),
  ].sort()
  if (principals.length === 0) return []
  ctx.notes.push(
    `Transit gateway "${tgw.name}" (${tgw.id}) is shared with accounts ${principals.join(', ')} through AWS RAM inside your organization; outside an organization (or without RAM sharing enabled for it) each account must accept the share first (aws_ram_resource_share_accepter).`,
  )
  return [
    ...resourceBlock(undefined, 'aws_ram_resource_share', ctx.label('aws_ram_resource_share', tgw.id), [
      ...ctx.placement(tgw),
      attr('name', tgw.id),
      attr('allow_external_principals', false),
      blank,
      tagsAttr(tgw),
    ]),
    ...resourceBlock(undefined, 'aws_ram_resource_association', ctx.label('aws_ram_resource_association', tgw.id), [
      ...ctx.placement(tgw),
      attr('resource_arn', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id, 'arn'))),
      attr('resource_share_arn', raw(ctx.ref('aws_ram_resource_share', tgw.id, 'arn'))),
    ]),
    ...resourceBlock(undefined, 'aws_ram_principal_association', ctx.label('aws_ram_principal_association', tgw.id), [
      ...ctx.placement(tgw, { forEach: call('toset', list(principals, true)) }),
      attr('principal', raw('each.key')),
      attr('resource_share_arn', raw(ctx.ref('aws_ram_resource_share', tgw.id, 'arn'))),
    ]),
  ]
}

/**
 * Explicitly associated or propagated attachments opt out of the gateway's default table. So does
 * every attachment of a gateway without that default: the provider's `true` would then look for a
 * default table that does not exist (MissingParameter TransitGatewayRouteTableId) or never converge.
 */
function defaultTableFlags(ctx: TfContext, tgw: Tgw, attachmentId: string): [string, Value | undefined][] {
  const tables = ctx.index.all('tgwRouteTable').filter((t) => t.transitGateway === tgw.id)
  return [
    ['transit_gateway_default_route_table_association', !tgw.defaultRouteTableAssociation || tables.some((t) => t.associations.includes(attachmentId)) ? false : undefined],
    ['transit_gateway_default_route_table_propagation', !tgw.defaultRouteTablePropagation || tables.some((t) => t.propagations.includes(attachmentId)) ? false : undefined],
  ]
}

/** Attachments AWS associates with (and, except peering, propagates to) the default tables itself: nothing in Terraform opts them out. */
function autoWired(ctx: TfContext, attachmentId: string): 'vpn' | 'dx' | 'peering' | undefined {
  const kind = ctx.index.get(attachmentId)?.kind
  return kind === 'tgwVpnAttachment' ? 'vpn' : kind === 'tgwDxAttachment' ? 'dx' : kind === 'tgwPeeringAttachment' ? 'peering' : undefined
}

function vpcAttachmentItems(ctx: TfContext, tgw: Tgw, a: VpcAttachment): BodyItem[] {
  const shared = attachmentIsShared(ctx, a)
  const vpc = ctx.index.getOf('vpc', a.vpc)
  if (!vpc) {
    ctx.leftOut.push(`${describe(a)}: its VPC ${a.vpc} is missing from the design.`)
    return []
  }
  const items = resourceBlock(a, 'aws_ec2_transit_gateway_vpc_attachment', ctx.label('aws_ec2_transit_gateway_vpc_attachment', a.id), [
    // Created by the VPC's account; the gateway's account accepts it when they differ.
    ...ctx.placement(vpc),
    ...attrs([
      ['transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))],
      ['vpc_id', raw(ctx.ref('aws_vpc', vpc.id))],
      ['subnet_ids', list(a.subnets.filter((s) => ctx.index.getOf('subnet', s)).map((s) => raw(ctx.ref('aws_subnet', s))), true)],
      ['appliance_mode_support', toggle(a.applianceMode)],
      ['ipv6_support', toggle(a.ipv6)],
      ['security_group_referencing_support', toggle(a.securityGroupReferencing)],
      // A shared gateway's default-table settings belong to the accepter, in the owner's account.
      ...(shared ? [] : defaultTableFlags(ctx, tgw, a.id)),
    ]),
    blank,
    tagsAttr(a),
    ...(shared
      ? [blank, attr('depends_on', list([raw(ctx.address('aws_ram_resource_association', tgw.id)), raw(ctx.address('aws_ram_principal_association', tgw.id))], true))]
      : []),
  ])
  if (shared) {
    items.push(
      ...resourceBlock(undefined, 'aws_ec2_transit_gateway_vpc_attachment_accepter', ctx.label('aws_ec2_transit_gateway_vpc_attachment_accepter', a.id), [
        ...ctx.placement(tgw),
        ...attrs([['transit_gateway_attachment_id', raw(ctx.ref('aws_ec2_transit_gateway_vpc_attachment', a.id))], ...defaultTableFlags(ctx, tgw, a.id)]),
        blank,
        tagsAttr(a),
      ]),
    )
  }
  return items
}

function peeringItems(ctx: TfContext, tgw: Tgw, a: ResourceOf<'tgwPeeringAttachment'>): BodyItem[] {
  const peer = ctx.index.getOf('transitGateway', a.peerTransitGateway)
  if (!peer) {
    ctx.leftOut.push(`${describe(a)}: its peer transit gateway ${a.peerTransitGateway} is missing from the design.`)
    return []
  }
  const mine = ctx.accountOf(tgw)
  const theirs = ctx.accountOf(peer)
  const items = resourceBlock(a, 'aws_ec2_transit_gateway_peering_attachment', ctx.label('aws_ec2_transit_gateway_peering_attachment', a.id), [
    ...ctx.placement(tgw),
    ...attrs([
      ['transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))],
      ['peer_transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', peer.id))],
      ['peer_account_id', theirs && mine?.id !== theirs.id ? theirs.accountId : undefined],
      ['peer_region', peer.region],
    ]),
    blank,
    tagsAttr(a),
  ])
  if (a.status !== 'available') {
    ctx.notes.push(`${describe(a)} is pending acceptance in the design, so nothing accepts it; accept it from the peer gateway's account when ready.`)
    return items
  }
  // Even within one account the peer side must accept a transit gateway peering.
  items.push(
    ...resourceBlock(undefined, 'aws_ec2_transit_gateway_peering_attachment_accepter', ctx.label('aws_ec2_transit_gateway_peering_attachment_accepter', a.id), [
      ...ctx.placement(peer),
      attr('transit_gateway_attachment_id', raw(ctx.ref('aws_ec2_transit_gateway_peering_attachment', a.id))),
      blank,
      tagsAttr(a),
    ]),
  )
  return items
}

/** AWS creates this attachment with the Direct Connect gateway association; route tables read its id. */
function dxAttachmentItems(ctx: TfContext, tgw: Tgw, a: ResourceOf<'tgwDxAttachment'>): BodyItem[] {
  const dx = ctx.index.getOf('dxGateway', a.dxGateway)
  if (!dx) return []
  return [
    block('data', ['aws_ec2_transit_gateway_dx_gateway_attachment', ctx.label('data.aws_ec2_transit_gateway_dx_gateway_attachment', a.id)], [
      ...ctx.placement(tgw),
      attr('transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))),
      attr('dx_gateway_id', raw(ctx.ref('aws_dx_gateway', dx.id))),
      blank,
      attr('depends_on', list([raw(ctx.address('aws_dx_gateway_association', dx.id, `_${labelFor(tgw.id)}`))])),
    ]),
    blank,
  ]
}

function routeTableItems(ctx: TfContext, tgw: Tgw, t: ResourceOf<'tgwRouteTable'>): BodyItem[] {
  const items = resourceBlock(t, 'aws_ec2_transit_gateway_route_table', ctx.label('aws_ec2_transit_gateway_route_table', t.id), [
    ...ctx.placement(tgw),
    attr('transit_gateway_id', raw(ctx.ref('aws_ec2_transit_gateway', tgw.id))),
    blank,
    tagsAttr(t),
  ])
  const tableId = raw(ctx.ref('aws_ec2_transit_gateway_route_table', t.id))
  const attachmentMap = (ids: readonly string[], what: string) =>
    ids.flatMap((id): [string, Value][] => {
      const ref = tgwAttachmentRef(ctx, id, tgw.id)
      if (ref === undefined) ctx.leftOut.push(`${describe(t)}: ${what} of ${id} (the attachment is missing, belongs to another gateway or is still pending acceptance).`)
      return ref === undefined ? [] : [[id, raw(ref)]]
    })
  const isDefaultTable = tgw.defaultRouteTable === t.id
  const propagations = [...new Set(t.propagations)].filter((id) => {
    const auto = autoWired(ctx, id)
    if (auto === 'peering') {
      ctx.leftOut.push(`${describe(t)}: propagation of ${id} (AWS refuses propagation from peering attachments; use static routes).`)
      return false
    }
    if (auto !== undefined && isDefaultTable && tgw.defaultRouteTablePropagation) {
      // AWS propagates it here already; a second propagation would fail as a duplicate.
      ctx.notes.push(`${describe(t)} is the default propagation table of transit gateway "${tgw.name}", so AWS propagates ${id} to it by itself; no propagation resource is declared for it.`)
      return false
    }
    return true
  })
  for (const [type, ids, what] of [
    ['aws_ec2_transit_gateway_route_table_association', [...new Set(t.associations)], 'association'],
    ['aws_ec2_transit_gateway_route_table_propagation', propagations, 'propagation'],
  ] as const) {
    const entries = attachmentMap(ids, what)
    if (entries.length === 0) continue
    // With default association on, AWS associates VPN, Direct Connect and peering attachments with
    // the default table when it creates them; the explicit association must replace that one.
    const replace = what === 'association' && tgw.defaultRouteTableAssociation && ids.some((id) => autoWired(ctx, id) !== undefined)
    items.push(
      ...resourceBlock(undefined, type, ctx.label(type, t.id), [
        ...ctx.placement(tgw, { forEach: map(entries) }),
        attr('transit_gateway_attachment_id', raw('each.value')),
        attr('transit_gateway_route_table_id', tableId),
        ...(replace ? [attr('replace_existing_association', true)] : []),
      ]),
    )
  }
  const seen = new Set<string>()
  const routes = t.routes.filter((r) => !seen.has(r.destination) && seen.add(r.destination))
  const entries = routes.flatMap((r): [string, Value][] => {
    if (r.target === 'blackhole') return []
    const ref = tgwAttachmentRef(ctx, r.target, tgw.id)
    if (ref === undefined) ctx.leftOut.push(`${describe(t)}: static route ${r.destination} → ${r.target} (the attachment is missing, belongs to another gateway or is still pending acceptance).`)
    return ref === undefined ? [] : [[r.destination, raw(ref)]]
  })
  if (entries.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_ec2_transit_gateway_route', ctx.label('aws_ec2_transit_gateway_route', t.id), [
        ...ctx.placement(tgw, { forEach: map(entries) }),
        attr('destination_cidr_block', raw('each.key')),
        attr('transit_gateway_attachment_id', raw('each.value')),
        attr('transit_gateway_route_table_id', tableId),
      ]),
    )
  }
  const blackholes = routes.filter((r) => r.target === 'blackhole').map((r) => r.destination)
  if (blackholes.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_ec2_transit_gateway_route', ctx.label('aws_ec2_transit_gateway_route', t.id, '_blackhole'), [
        ...ctx.placement(tgw, { forEach: call('toset', list(blackholes, true)) }),
        attr('destination_cidr_block', raw('each.key')),
        attr('blackhole', true),
        attr('transit_gateway_route_table_id', tableId),
      ]),
    )
  }
  ctx.output('transit_gateway_route_tables', 'Transit gateway route tables by design id.', {
    key: t.id,
    fields: [['id', raw(ctx.ref('aws_ec2_transit_gateway_route_table', t.id))]],
  })
  return items
}
