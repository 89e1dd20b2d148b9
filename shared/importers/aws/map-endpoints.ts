import { isCidr } from '../../net/cidr'
import { type Draft, type ImportContext, naming } from './context'
import { type Rec, num, objs, str, strs } from './record'
import { goneReason } from './states'

/** The AWS service a managed prefix list or gateway endpoint stands for, from names like `com.amazonaws.us-east-1.s3`. */
function gatewayService(name: string | undefined): 's3' | 'dynamodb' | undefined {
  const last = name?.split('.').at(-1)
  return last === 's3' || last === 'dynamodb' ? last : undefined
}

/**
 * Prefix lists from describe-prefix-lists (AWS-managed, with their CIDRs), describe-managed-prefix-lists
 * (settings, no entries) and get-managed-prefix-list-entries (entries). Entries of AWS lists are kept:
 * they are what the snapshot's routes matched at the time.
 */
export function mapPrefixLists(ctx: ImportContext): void {
  const entries = new Map<string, string[]>()
  for (const rec of ctx.records('PrefixListEntries')) {
    const cidrs = objs(rec.value, 'Entries').map(([e]) => str(e, 'Cidr')).filter((c): c is string => c !== undefined && isCidr(c))
    entries.set(rec.value.PrefixListId as string, cidrs)
  }
  const settings = new Map<string, Rec>()
  for (const rec of ctx.records('ManagedPrefixLists')) if (!settings.has(rec.value.PrefixListId as string)) settings.set(rec.value.PrefixListId as string, rec)
  const lists = [...ctx.records('PrefixLists'), ...ctx.records('ManagedPrefixLists')]
  for (const rec of lists) {
    const plId = rec.value.PrefixListId as string
    if (!ctx.claim(plId, rec)) continue
    const managed = settings.get(plId)?.value
    const gone = goneReason(str(managed, 'State')?.replace(/-complete$/, ''))
    if (gone) {
      ctx.skip(rec, plId, gone)
      continue
    }
    const name = str(rec.value, 'PrefixListName') ?? str(managed, 'PrefixListName')
    const cidrs = [...new Set([...strs(rec.value, 'Cidrs').filter((c) => isCidr(c)), ...(entries.get(plId) ?? [])])]
    const owner = str(managed, 'OwnerId')
    const awsOwned = owner === undefined || owner === 'AWS'
    const family = str(managed, 'AddressFamily') ?? (cidrs.length > 0 && cidrs.every((c) => c.includes(':')) ? 'IPv6' : 'IPv4')
    const max = Math.min(1000, Math.max(1, num(managed, 'MaxEntries') ?? 0, cidrs.length, awsOwned ? 1 : 10))
    const service = awsOwned ? gatewayService(name) : undefined
    ctx.add(plId, rec, {
      kind: 'prefixList',
      ...naming(managed ?? rec.value, name ?? plId),
      region: rec.scope.region,
      ...(awsOwned ? {} : { account: ctx.account(owner, rec) }),
      ...(service ? { awsService: service } : {}),
      addressFamily: family === 'IPv6' ? 'IPv6' : 'IPv4',
      maxEntries: max,
      entries: cidrs,
    })
  }
}

/** Route tables that gateway endpoints name, resolved once route tables exist (see `linkGatewayEndpoints`). */
export type PendingRouteTables = Map<Draft, { rec: Rec; ids: string[] }>

export function mapVpcEndpoints(ctx: ImportContext): PendingRouteTables {
  const pending: PendingRouteTables = new Map()
  for (const rec of ctx.records('VpcEndpoints')) {
    const e = rec.value
    const vpceId = e.VpcEndpointId as string
    if (!ctx.claim(vpceId, rec)) continue
    const gone = goneReason(str(e, 'State'))
    const vpc = ctx.get(e.VpcId as string, 'vpc')
    const type = str(e, 'VpcEndpointType') ?? 'Interface'
    const serviceName = e.ServiceName as string
    if (gone) ctx.skip(rec, vpceId, gone)
    else if (!vpc) ctx.skip(rec, vpceId, `its VPC ${e.VpcId as string} is not in the imported data`)
    else if (type === 'Gateway') {
      const service = gatewayService(serviceName)
      if (!service) ctx.skip(rec, vpceId, `gateway endpoint for ${serviceName}: only S3 and DynamoDB have gateway endpoints`)
      else {
        const policy = str(e, 'PolicyDocument')
        const ep = ctx.add(vpceId, rec, { kind: 'gatewayEndpoint', ...naming(e, vpceId), vpc: vpc.id, service, routeTables: [], ...(policy && policy.length <= 20480 ? { policy } : {}) })
        pending.set(ep, { rec, ids: strs(e, 'RouteTableIds') })
      }
    } else if (type === 'Interface' || type === 'GatewayLoadBalancer') {
      if (!/^[a-z0-9.-]+$/.test(serviceName)) {
        ctx.skip(rec, vpceId, `service name "${serviceName}" cannot be recorded`)
        continue
      }
      const subnets = strs(e, 'SubnetIds').map((s) => ctx.get(s, 'subnet')?.id).filter((s): s is string => s !== undefined)
      const groups = objs(e, 'Groups').map(([g]) => ctx.get(str(g, 'GroupId'), 'securityGroup')?.id).filter((g): g is string => g !== undefined)
      const state = str(e, 'State')
      ctx.add(vpceId, rec, {
        kind: 'interfaceEndpoint',
        ...naming(e, vpceId),
        vpc: vpc.id,
        endpointType: type === 'Interface' ? 'interface' : 'gatewayLoadBalancer',
        service: serviceName,
        subnets,
        securityGroups: groups,
        privateDns: e.PrivateDnsEnabled === true,
        state: state === 'pendingAcceptance' || state === 'pending-acceptance' ? 'pending-acceptance' : 'accepted',
      })
    } else ctx.skip(rec, vpceId, `${type} endpoints are not part of the model`)
  }
  return pending
}

/** Adds each gateway endpoint's route tables, now that route tables are imported. */
export function linkGatewayEndpoints(ctx: ImportContext, pending: PendingRouteTables): void {
  for (const [ep, { rec, ids }] of pending) {
    const tables = ep.routeTables as string[]
    ids.forEach((awsId, i) => {
      const table = ctx.get(awsId, 'routeTable')
      if (!table) ctx.skip(rec, `${ep.id} route table ${awsId}`, 'the route table is not in the imported data', ['RouteTableIds', i])
      else if (!tables.includes(table.id)) tables.push(table.id)
    })
  }
}
