import { contains, isCidr, parseCidr } from '../../net/cidr'
import { type Draft, type ImportContext, naming } from './context'
import { type Obj, type Rec, obj, objs, str } from './record'
import type { ReportEntry } from './types'
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
    const blackholes: Blackhole[] = []
    objs(t, 'Routes').forEach(([r, i]) => route(ctx, rec, table, r, i, blackholes))
    warnBypassedBlackholes(table, blackholes)
    associate(ctx, rec, table)
  }
}

/** A skipped blackhole route: its destination and its report entry, to amend once the table's other routes are known. */
interface Blackhole {
  destination: string
  entry: ReportEntry
}

/**
 * AWS keeps a blackhole route in the table and drops what it matches: it still wins longest-prefix
 * match. The model cannot hold a route to a target that no longer exists, so the import leaves it
 * out; where a broader live route covers it, the design sends that traffic on instead of dropping
 * it, and the report says so.
 */
function warnBypassedBlackholes(table: Draft, blackholes: Blackhole[]): void {
  const routes = (table.routes as { destination?: string; target: string }[]).flatMap((r) => {
    const c = r.destination ? parseCidr(r.destination) : null
    return c ? [{ c, text: `${r.destination} → ${r.target}` }] : []
  })
  for (const b of blackholes) {
    const hole = parseCidr(b.destination)!
    const cover = routes.filter((r) => r.c.prefix < hole.prefix && contains(r.c, hole)).sort((x, y) => y.c.prefix - x.c.prefix)[0]
    if (cover) b.entry.reason += `; AWS drops traffic to ${b.destination}, but the design cannot hold a blackhole route, so it follows ${cover.text} instead`
  }
}

function route(ctx: ImportContext, rec: Rec, table: Draft, r: Obj, i: number, blackholes: Blackhole[]): void {
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
    if (destination && isCidr(destination)) blackholes.push({ destination, entry: ctx.report.skipped.at(-1)! })
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
