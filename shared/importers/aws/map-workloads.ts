import { parseAddress } from '../../net/cidr'
import { type ImportContext, naming } from './context'
import { type Obj, type Rec, bool, obj, objs, str } from './record'
import { goneReason } from './states'

/** One network interface that ends up in a workload. */
interface Member {
  rec: Rec
  awsId: string
  instanceId?: string
  subnet: string
  groups: string[]
  ips: string[]
  publicIp: boolean
  sourceDestCheck: boolean
  name?: string
  tags: Record<string, string>
}

/** ENIs that another model resource stands for; they are not workloads. */
const serviceInterfaces: Record<string, string> = {
  transit_gateway: 'transit gateway attachment',
  nat_gateway: 'NAT gateway',
  vpc_endpoint: 'interface endpoint',
  gateway_load_balancer_endpoint: 'Gateway Load Balancer endpoint',
  interface_endpoint: 'interface endpoint',
}

/**
 * Instances and network interfaces, grouped into one workload per subnet, security-group set,
 * public-IP and source/destination-check setting. Interfaces that routes point at get a workload of
 * their own, so a route to a NAT instance or firewall names exactly that appliance.
 */
export function mapWorkloads(ctx: ImportContext): void {
  const routeTargets = new Set<string>()
  for (const rec of ctx.records('RouteTables')) {
    for (const [r] of objs(rec.value, 'Routes')) for (const k of ['InstanceId', 'NetworkInterfaceId']) if (str(r, k)) routeTargets.add(str(r, k)!)
  }
  const members: Member[] = []
  const seen = new Set<string>()
  for (const rec of ctx.records('Instances')) {
    const inst = rec.value
    const instanceId = inst.InstanceId as string
    if (!ctx.claim(instanceId, rec)) continue
    const gone = goneReason(str(obj(inst, 'State'), 'Name'))
    if (gone) {
      ctx.skip(rec, instanceId, gone)
      continue
    }
    const named = naming(inst, instanceId)
    const enis = objs(inst, 'NetworkInterfaces')
    const sources: [Obj, (string | number)[]][] = enis.length > 0 ? enis.map(([e, i]) => [e, ['NetworkInterfaces', i]]) : [[inst, []]]
    for (const [e, sub] of sources) {
      const awsId = str(e, 'NetworkInterfaceId') ?? instanceId
      seen.add(awsId)
      const m = member(ctx, rec, e, awsId, sub)
      if (m) members.push({ ...m, instanceId, name: named.name === instanceId ? undefined : named.name, tags: named.tags })
    }
  }
  for (const rec of ctx.records('NetworkInterfaces')) {
    const e = rec.value
    const eniId = e.NetworkInterfaceId as string
    if (seen.has(eniId)) continue
    if (!ctx.claim(eniId, rec)) continue
    const type = str(e, 'InterfaceType') ?? 'interface'
    const description = str(e, 'Description') ?? ''
    const service = serviceInterfaces[type] ?? (description.startsWith('VPC Endpoint Interface') ? 'interface endpoint' : undefined)
    if (service) {
      ctx.report.ignored.push({ ...ctx.src(rec), item: eniId, reason: `network interface of a ${service}, which the import shows as that resource` })
      continue
    }
    const named = naming(e, description ? description.slice(0, 255) : eniId)
    const m = member(ctx, rec, e, eniId, [])
    if (m) members.push({ ...m, instanceId: str(obj(e, 'Attachment'), 'InstanceId'), name: named.name === eniId ? undefined : named.name, tags: named.tags })
  }
  const groups = new Map<string, Member[]>()
  for (const m of members) {
    const key = routeTargets.has(m.awsId) || (m.instanceId && routeTargets.has(m.instanceId)) ? `target:${m.awsId}` : [m.subnet, m.groups.join(','), m.publicIp, m.sourceDestCheck].join('|')
    groups.set(key, [...(groups.get(key) ?? []), m])
  }
  for (const list of groups.values()) addWorkload(ctx, list)
}

function member(ctx: ImportContext, rec: Rec, e: Obj, awsId: string, sub: (string | number)[]): Omit<Member, 'tags'> | undefined {
  const subnet = ctx.get(str(e, 'SubnetId'), 'subnet')
  if (!subnet) {
    ctx.skip(rec, awsId, str(e, 'SubnetId') ? `its subnet ${str(e, 'SubnetId')} is not in the imported data` : 'not in a subnet', sub)
    return undefined
  }
  const groupIds = [...objs(e, 'Groups'), ...objs(e, 'SecurityGroups')].map(([g]) => str(g, 'GroupId'))
  const groups = [...new Set(groupIds.map((g) => ctx.get(g, 'securityGroup')?.id).filter((g): g is string => g !== undefined))].sort()
  const listed = objs(e, 'PrivateIpAddresses').map(([p]) => str(p, 'PrivateIpAddress'))
  const ips = [...new Set([str(e, 'PrivateIpAddress'), ...listed].filter((ip): ip is string => ip !== undefined && parseAddress(ip)?.family === 4))]
  const publicIp = str(obj(e, 'Association'), 'PublicIp') !== undefined || str(e, 'PublicIpAddress') !== undefined
  return { rec, awsId, subnet: subnet.id, groups, ips, publicIp, sourceDestCheck: bool(e, 'SourceDestCheck') ?? true }
}

function addWorkload(ctx: ImportContext, list: Member[]): void {
  const first = list[0]
  const ids = [...new Set(list.map((m) => m.instanceId ?? m.awsId))]
  const names = [...new Set(list.map((m) => m.name).filter((n) => n !== undefined))]
  const subnetName = ctx.resources.get(first.subnet)?.name ?? first.subnet
  const name = names.length === 1 && list.every((m) => m.name) ? names[0]! : ids.length === 1 ? ids[0] : `${subnetName} workload`
  const id = ctx.freshId(ids[0])
  const description = ids.length > 1 ? `${ids.length} instances or interfaces: ${ids.join(', ')}` : undefined
  ctx.insert(
    {
      kind: 'workload',
      id,
      name,
      externalId: ids[0],
      ...(description ? { description: description.length > 1024 ? `${description.slice(0, 1020)}...` : description } : {}),
      tags: ids.length === 1 ? first.tags : {},
      subnet: first.subnet,
      // One per instance (or standalone interface): an instance's second interface is not a second instance.
      instances: Math.min(100000, ids.length),
      privateIps: [...new Set(list.flatMap((m) => m.ips))],
      publicIp: first.publicIp,
      securityGroups: first.groups,
      sourceDestCheck: first.sourceDestCheck,
    },
    ctx.src(first.rec),
  )
  for (const m of list) {
    ctx.alias(m.awsId, id)
    if (m.instanceId) ctx.alias(m.instanceId, id)
  }
}
