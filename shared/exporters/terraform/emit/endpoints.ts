import type { ResourceOf } from '../../../model'
import { type BodyItem, type Value, attr, attrs, blank, call, list, raw } from '../hcl/ast'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { snakeFor } from '../names'

const FILE = 'endpoints.tf'
type Service = ResourceOf<'endpointService'>

/** Gateway and interface endpoints, endpoint services with their allowed principals and acceptances. */
export function emitEndpoints(ctx: TfContext): void {
  for (const s of ctx.index.all('endpointService')) ctx.section(FILE, `Endpoint service ${s.name} (${s.id})`, serviceItems(ctx, s))
  ctx.section(FILE, 'Gateway endpoints', ctx.index.all('gatewayEndpoint').flatMap((e) => gatewayItems(ctx, e)))
  ctx.section(FILE, 'Interface endpoints', ctx.index.all('interfaceEndpoint').flatMap((e) => interfaceItems(ctx, e)))
}

const refs = (ctx: TfContext, type: string, kind: 'subnet' | 'securityGroup' | 'routeTable', ids: readonly string[]) =>
  list(
    [...new Set(ids)].filter((id) => ctx.index.getOf(kind, id)).map((id) => raw(ctx.ref(type, id))),
    true,
  )

function gatewayItems(ctx: TfContext, e: ResourceOf<'gatewayEndpoint'>): BodyItem[] {
  const vpc = ctx.index.getOf('vpc', e.vpc)
  if (!vpc) return []
  // Tables that route to the endpoint get its prefix-list route from AWS once associated.
  const routed = ctx.index
    .childrenOf(vpc.id, 'routeTable')
    .filter((t) => t.routes.some((r) => r.target === e.id))
    .map((t) => t.id)
  output(ctx, e.id)
  return resourceBlock(e, 'aws_vpc_endpoint', ctx.label('aws_vpc_endpoint', e.id), [
    ...ctx.placement(e),
    ...attrs([
      ['vpc_id', raw(ctx.ref('aws_vpc', vpc.id))],
      ['service_name', `com.amazonaws.${vpc.region}.${e.service}`],
      ['vpc_endpoint_type', 'Gateway'],
      ['route_table_ids', refs(ctx, 'aws_route_table', 'routeTable', [...e.routeTables, ...routed])],
      ['policy', e.policy],
    ]),
    blank,
    tagsAttr(e),
  ])
}

function interfaceItems(ctx: TfContext, e: ResourceOf<'interfaceEndpoint'>): BodyItem[] {
  const vpc = ctx.index.getOf('vpc', e.vpc)
  if (!vpc) return []
  const service = ctx.index.getOf('endpointService', e.endpointService)
  if (e.service === undefined && !service) {
    ctx.leftOut.push(`${describe(e)}: its endpoint service ${e.endpointService} is missing from the design.`)
    return []
  }
  const serviceRegion = service ? ctx.regionOf(service) : undefined
  const isInterface = e.endpointType === 'interface'
  if (isInterface && e.securityGroups.length === 0) {
    ctx.notes.push(`${describe(e)} names no security group, so AWS gives it the VPC's default group; check that it admits HTTPS from the clients.`)
  }
  const items = resourceBlock(e, 'aws_vpc_endpoint', ctx.label('aws_vpc_endpoint', e.id), [
    ...ctx.placement(e),
    ...attrs([
      ['vpc_id', raw(ctx.ref('aws_vpc', vpc.id))],
      ['service_name', service ? raw(ctx.ref('aws_vpc_endpoint_service', service.id, 'service_name')) : e.service],
      ['service_region', serviceRegion !== undefined && serviceRegion !== vpc.region ? serviceRegion : undefined],
      ['vpc_endpoint_type', isInterface ? 'Interface' : 'GatewayLoadBalancer'],
      ['subnet_ids', refs(ctx, 'aws_subnet', 'subnet', e.subnets)],
      ['security_group_ids', isInterface && e.securityGroups.length > 0 ? refs(ctx, 'aws_security_group', 'securityGroup', e.securityGroups) : undefined],
      ['private_dns_enabled', isInterface ? e.privateDns : undefined],
    ]),
    blank,
    tagsAttr(e),
    // The consumer must be allowed before it can request a connection.
    ...(service && service.allowedPrincipals.length > 0 ? [blank, attr('depends_on', list([raw(ctx.address('aws_vpc_endpoint_service_allowed_principal', service.id))]))] : []),
  ])
  if (service?.acceptanceRequired) {
    if (e.state === 'accepted') {
      items.push(
        ...resourceBlock(undefined, 'aws_vpc_endpoint_connection_accepter', ctx.label('aws_vpc_endpoint_connection_accepter', e.id), [
          // Accepted by the service owner, with the owner's credentials.
          ...ctx.placement(service),
          attr('vpc_endpoint_service_id', raw(ctx.ref('aws_vpc_endpoint_service', service.id))),
          attr('vpc_endpoint_id', raw(ctx.ref('aws_vpc_endpoint', e.id))),
        ]),
      )
    } else {
      ctx.notes.push(`${describe(e)} is pending acceptance in the design; the service owner accepts it when ready.`)
    }
  }
  output(ctx, e.id)
  return items
}

function output(ctx: TfContext, id: string): void {
  ctx.output('vpc_endpoints', 'VPC endpoints by design id.', {
    key: id,
    fields: [
      ['id', raw(ctx.ref('aws_vpc_endpoint', id))],
      ['arn', raw(ctx.ref('aws_vpc_endpoint', id, 'arn'))],
    ],
  })
}

function serviceItems(ctx: TfContext, s: Service): BodyItem[] {
  const lbs = s.loadBalancers.map((id) => ctx.index.getOf('loadBalancer', id)).filter((lb) => lb !== undefined)
  const usable = lbs.filter((lb) => lb.type !== 'application')
  for (const lb of lbs) if (lb.type === 'application') ctx.leftOut.push(`${describe(s)}: ${describe(lb)} (an Application Load Balancer cannot front an endpoint service).`)
  const arns = (type: 'network' | 'gateway'): Value | undefined => {
    const of = usable.filter((lb) => lb.type === type)
    if (of.length === 0) return undefined
    return list(
      of.map((lb) =>
        raw(
          ctx.variable(`lb:${lb.id}`, `load_balancer_arn_${snakeFor(lb.id)}`, {
            group: 'Load balancers behind endpoint services',
            type: 'string',
            description: `ARN of the ${type === 'network' ? 'Network' : 'Gateway'} Load Balancer "${lb.name}" (${lb.id})${lb.listenerPorts.length > 0 ? `, listening on ${lb.listenerPorts.join(', ')}` : ''}; it fronts endpoint service "${s.name}". Load balancers are not created by this configuration.`,
          }),
        ),
      ),
      true,
    )
  }
  const items = resourceBlock(s, 'aws_vpc_endpoint_service', ctx.label('aws_vpc_endpoint_service', s.id), [
    ...ctx.placement(s),
    ...attrs([
      ['acceptance_required', s.acceptanceRequired],
      ['network_load_balancer_arns', arns('network')],
      ['gateway_load_balancer_arns', arns('gateway')],
      ['supported_regions', s.supportedRegions.length > 0 ? list(s.supportedRegions, true) : undefined],
      ['private_dns_name', s.privateDnsName],
    ]),
    blank,
    tagsAttr(s),
  ])
  if (s.allowedPrincipals.length > 0) {
    items.push(
      ...resourceBlock(undefined, 'aws_vpc_endpoint_service_allowed_principal', ctx.label('aws_vpc_endpoint_service_allowed_principal', s.id), [
        ...ctx.placement(s, { forEach: call('toset', list([...new Set(s.allowedPrincipals)], true)) }),
        attr('vpc_endpoint_service_id', raw(ctx.ref('aws_vpc_endpoint_service', s.id))),
        attr('principal_arn', raw('each.key')),
      ]),
    )
  }
  ctx.output('vpc_endpoint_services', 'Endpoint services by design id; consumers need the service name.', {
    key: s.id,
    fields: [
      ['id', raw(ctx.ref('aws_vpc_endpoint_service', s.id))],
      ['service_name', raw(ctx.ref('aws_vpc_endpoint_service', s.id, 'service_name'))],
    ],
  })
  return items
}
