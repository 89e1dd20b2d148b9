import type { Resource, ResourceOf } from '../../../model'
import { type BodyItem, type Value, attr, blank, call, list, map, raw } from '../hcl/ast'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { labelFor, snakeFor } from '../names'
import { attachmentIsShared, peeringIdRef, prefixListRef } from './refs'
import { vpcFile } from './vpc'

type RouteTable = ResourceOf<'routeTable'>
type Route = RouteTable['routes'][number]

interface Target {
  argument: string
  value: string
  dependsOn?: string
}

/** Route tables: the table, main-table association, routes grouped by target, and edge associations. */
export function emitRouteTables(ctx: TfContext): void {
  for (const vpc of ctx.index.all('vpc')) {
    const tables = ctx.index.childrenOf(vpc.id, 'routeTable')
    ctx.section(vpcFile(vpc), 'Route tables', tables.flatMap((t) => tableItems(ctx, t)))
  }
}

function tableItems(ctx: TfContext, table: RouteTable): BodyItem[] {
  const vgws = table.propagatingVgws.filter((id) => ctx.index.getOf('vpnGateway', id))
  const items = resourceBlock(table, 'aws_route_table', ctx.label('aws_route_table', table.id), [
    ...ctx.placement(table),
    attr('vpc_id', raw(ctx.ref('aws_vpc', table.vpc))),
    ...(vgws.length > 0 ? [attr('propagating_vgws', list(vgws.map((id) => raw(ctx.ref('aws_vpn_gateway', id))), true))] : []),
    blank,
    tagsAttr(table),
  ])
  if (table.main) {
    items.push(
      ...resourceBlock(undefined, 'aws_main_route_table_association', ctx.label('aws_main_route_table_association', table.id), [
        ...ctx.placement(table),
        attr('vpc_id', raw(ctx.ref('aws_vpc', table.vpc))),
        attr('route_table_id', raw(ctx.ref('aws_route_table', table.id))),
      ]),
    )
  }
  items.push(...routeItems(ctx, table))
  const edges = table.edgeAssociations.filter((id) => ctx.index.get(id))
  if (edges.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_route_table_association', ctx.label('aws_route_table_association', table.id, '_edge'), [
        ...ctx.placement(table, {
          forEach: map(edges.map((id) => [id, raw(ctx.ref(ctx.index.get(id)!.kind === 'vpnGateway' ? 'aws_vpn_gateway' : 'aws_internet_gateway', id))])),
        }),
        attr('gateway_id', raw('each.value')),
        attr('route_table_id', raw(ctx.ref('aws_route_table', table.id))),
      ]),
    )
  }
  ctx.output('route_tables', 'Route tables by design id.', { key: table.id, fields: [['id', raw(ctx.ref('aws_route_table', table.id))]] })
  return items
}

/** What a route sends traffic to, as an aws_route argument; undefined when Terraform cannot express it. */
function targetOf(ctx: TfContext, table: RouteTable, route: Route): Target | undefined {
  const t = ctx.index.get(route.target)
  if (!t) return undefined
  switch (t.kind) {
    case 'internetGateway':
      return { argument: 'gateway_id', value: ctx.ref('aws_internet_gateway', t.id) }
    case 'vpnGateway':
      return { argument: 'gateway_id', value: ctx.ref('aws_vpn_gateway', t.id) }
    case 'egressOnlyInternetGateway':
      return { argument: 'egress_only_gateway_id', value: ctx.ref('aws_egress_only_internet_gateway', t.id) }
    case 'natGateway':
      return { argument: 'nat_gateway_id', value: ctx.ref('aws_nat_gateway', t.id) }
    case 'peeringConnection':
      return { argument: 'vpc_peering_connection_id', value: peeringIdRef(ctx, t) }
    case 'interfaceEndpoint':
      return { argument: 'vpc_endpoint_id', value: ctx.ref('aws_vpc_endpoint', t.id) }
    case 'transitGateway': {
      // A route to a transit gateway is refused until the gateway is attached to this VPC.
      const attachment = ctx.index.childrenOf(table.vpc, 'tgwVpcAttachment').find((a) => a.transitGateway === t.id)
      return {
        argument: 'transit_gateway_id',
        value: ctx.ref('aws_ec2_transit_gateway', t.id),
        dependsOn: attachment
          ? ctx.address(attachmentIsShared(ctx, attachment) ? 'aws_ec2_transit_gateway_vpc_attachment_accepter' : 'aws_ec2_transit_gateway_vpc_attachment', attachment.id)
          : undefined,
      }
    }
    case 'workload':
      return {
        argument: 'network_interface_id',
        value: ctx.variable(`eni:${t.id}`, `network_interface_id_${snakeFor(t.id)}`, {
          group: 'Network interfaces routed to',
          type: 'string',
          description: `Network interface id (eni-…) of workload "${t.name}" (${t.id}); route tables send traffic to it. Workloads are not created by this configuration.`,
        }),
      }
    default:
      return undefined
  }
}

type Family = 'ipv4' | 'ipv6' | 'prefixList'

function familyOf(route: Route): Family {
  if (route.destinationPrefixList !== undefined) return 'prefixList'
  return route.destination!.includes(':') ? 'ipv6' : 'ipv4'
}

const destinationArgument: Record<Family, string> = {
  ipv4: 'destination_cidr_block',
  ipv6: 'destination_ipv6_cidr_block',
  prefixList: 'destination_prefix_list_id',
}
const labelSuffix: Record<Family, string> = { ipv4: '', ipv6: '_ipv6', prefixList: '_prefix_lists' }

/**
 * One aws_route block per (table, target, destination family), for_each over the destinations:
 * routes are keyed by destination, which AWS keeps unique per table, so editing one route never
 * touches another.
 */
function routeItems(ctx: TfContext, table: RouteTable): BodyItem[] {
  const groups = new Map<string, { target: Target; targetId: string; family: Family; routes: Route[] }>()
  for (const route of table.routes) {
    if (route.target === 'local') continue
    const targetResource: Resource | undefined = ctx.index.get(route.target)
    if (targetResource?.kind === 'gatewayEndpoint') continue // AWS writes these routes itself (see endpoints.tf)
    const target = targetOf(ctx, table, route)
    if (!target) {
      ctx.leftOut.push(`${describe(table)}: route ${route.destination ?? route.destinationPrefixList} → ${route.target} (no Terraform target for ${targetResource ? describe(targetResource) : 'a missing resource'}).`)
      continue
    }
    const family = familyOf(route)
    const key = `${route.target}\u0000${family}`
    const group = groups.get(key) ?? { target, targetId: route.target, family, routes: [] }
    group.routes.push(route)
    groups.set(key, group)
  }
  const items: BodyItem[] = []
  for (const g of groups.values()) {
    const seen = new Set<string>()
    const unique = g.routes.filter((r) => {
      const d = r.destination ?? r.destinationPrefixList!
      if (seen.has(d)) return false
      seen.add(d)
      return true
    })
    const forEach: Value =
      g.family === 'prefixList'
        ? map(unique.flatMap((r) => {
            const pl = ctx.index.getOf('prefixList', r.destinationPrefixList)
            return pl ? [[pl.id, raw(prefixListRef(ctx, pl))] as const] : []
          }))
        : call('toset', list(unique.map((r) => r.destination!), true))
    const label = ctx.label('aws_route', table.id, `_to_${labelFor(g.targetId)}${labelSuffix[g.family]}`)
    items.push(
      ...resourceBlock(undefined, 'aws_route', label, [
        ...ctx.placement(table, { forEach }),
        attr('route_table_id', raw(ctx.ref('aws_route_table', table.id))),
        attr(destinationArgument[g.family], raw(g.family === 'prefixList' ? 'each.value' : 'each.key')),
        attr(g.target.argument, raw(g.target.value)),
        ...(g.target.dependsOn ? [blank, attr('depends_on', list([raw(g.target.dependsOn)]))] : []),
      ]),
    )
  }
  return items
}
