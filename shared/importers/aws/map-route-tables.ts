import { isCidr } from '../../net/cidr'
import { type Draft, type ImportContext, naming } from './context'
import { type Obj, type Rec, obj, objs, str } from './record'
import { goneReason } from './states'

/** Route target fields of describe-route-tables, in the order AWS fills them. */
const targetFields = ['GatewayId', 'NatGatewayId', 'TransitGatewayId', 'VpcPeeringConnectionId', 'EgressOnlyInternetGatewayId', 'NetworkInterfaceId', 'InstanceId', 'VpcEndpointId', 'LocalGatewayId', 'CarrierGatewayId', 'CoreNetworkArn'] as const

/**
 * Route tables, their routes and subnet/gateway associations. Three kinds of routes are implicit in
 * the model and not written as routes: `local` routes, gateway-endpoint prefix-list routes (the
 * endpoint lists its tables instead) and routes propagated from a virtual private gateway (the
 * table lists the gateway in `propagatingVgws`).
 */
export function mapRouteTables(ctx: ImportContext): void {
  for (const rec of ctx.records('RouteTables')) {
    const t = rec.value
    const rtId = t.RouteTableId as string
    if (!ctx.claim(rtId, rec)) continue
    const vpc = ctx.get(t.VpcId as string, 'vpc')
    if (!vpc) {
      ctx.skip(rec, rtId, `its VPC ${t.VpcId as string} is not in the imported data`)
      continue
    }
    const table = ctx.add(rtId, rec, { kind: 'routeTable', ...naming(t, rtId), vpc: vpc.id, main: false, routes: [], propagatingVgws: [], edgeAssociations: [] })
    for (const [v, i] of objs(t, 'PropagatingVgws')) {
      const vgw = ctx.get(str(v, 'GatewayId'), 'vpnGateway')
      if (vgw) (table.propagatingVgws as string[]).push(vgw.id)
      else ctx.skip(rec, `${rtId} propagation from ${str(v, 'GatewayId') ?? '?'}`, 'the virtual private gateway is not in the imported data', ['PropagatingVgws', i])
    }
    objs(t, 'Routes').forEach(([r, i]) => route(ctx, rec, table, r, i))
    associate(ctx, rec, table)
  }
}

function route(ctx: ImportContext, rec: Rec, table: Draft, r: Obj, i: number): void {
  const at = ['Routes', i]
  const destination = str(r, 'DestinationCidrBlock') ?? str(r, 'DestinationIpv6CidrBlock')
  const prefixListId = str(r, 'DestinationPrefixListId')
  const field = targetFields.find((f) => str(r, f) !== undefined)
  const targetId = field ? str(r, field)! : undefined
  const item = `${table.id} route ${destination ?? prefixListId ?? '?'} → ${targetId ?? '?'}`
  if (targetId === 'local') return
  if (str(r, 'Origin') === 'EnableVgwRoutePropagation') {
    ctx.skip(rec, item, 'propagated from a virtual private gateway: the table lists the gateway in propagatingVgws', at)
    return
  }
  const gone = goneReason(str(r, 'State'))
  if (gone) {
    ctx.skip(rec, item, `${gone}: the target no longer exists`, at)
    return
  }
  if (!destination && !prefixListId) {
    ctx.skip(rec, item, 'no destination', at)
    return
  }
  if (destination && !isCidr(destination)) {
    ctx.malformed(rec, [...at, str(r, 'DestinationCidrBlock') ? 'DestinationCidrBlock' : 'DestinationIpv6CidrBlock'], `"${destination}" is not a CIDR`)
    return
  }
  const endpoint = ctx.get(targetId, 'gatewayEndpoint')
  if (endpoint && prefixListId) {
    // AWS shows the endpoint's implicit route; the model derives it from the endpoint's route tables.
    const tables = endpoint.routeTables as string[]
    if (!tables.includes(table.id)) tables.push(table.id)
    return
  }
  const target = ctx.get(targetId, 'internetGateway', 'egressOnlyInternetGateway', 'natGateway', 'peeringConnection', 'transitGateway', 'interfaceEndpoint', 'vpnGateway', 'workload')
  if (!target) {
    const why = field === 'LocalGatewayId' || field === 'CarrierGatewayId' || field === 'CoreNetworkArn' ? `${field} targets are not part of the model` : `its target ${targetId ?? '(none)'} is not in the imported data`
    ctx.skip(rec, item, why, at)
    return
  }
  const list = ctx.get(prefixListId, 'prefixList')
  if (prefixListId && !list) {
    ctx.skip(rec, item, `prefix list ${prefixListId} is not in the imported data`, at)
    return
  }
  const routes = table.routes as Obj[]
  routes.push({ ...(destination ? { destination } : { destinationPrefixList: list!.id }), target: target.id })
}

function associate(ctx: ImportContext, rec: Rec, table: Draft): void {
  for (const [a, i] of objs(rec.value, 'Associations')) {
    const gone = goneReason(str(obj(a, 'AssociationState'), 'State'))
    const at = ['Associations', i]
    if (gone) {
      ctx.skip(rec, `${table.id} association ${str(a, 'RouteTableAssociationId') ?? ''}`.trim(), gone, at)
      continue
    }
    if (a.Main === true) table.main = true
    const subnetId = str(a, 'SubnetId')
    const gatewayId = str(a, 'GatewayId')
    if (subnetId) {
      const subnet = ctx.get(subnetId, 'subnet')
      if (subnet) subnet.routeTable = table.id
      else ctx.skip(rec, `${table.id} association with ${subnetId}`, 'the subnet is not in the imported data', at)
    } else if (gatewayId) {
      const gateway = ctx.get(gatewayId, 'internetGateway', 'vpnGateway')
      if (gateway) (table.edgeAssociations as string[]).push(gateway.id)
      else ctx.skip(rec, `${table.id} association with ${gatewayId}`, 'the gateway is not in the imported data', at)
    }
  }
}
