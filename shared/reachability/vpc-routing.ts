import type { Resource, ResourceOf } from '../model/kinds'
import { parseCidr } from '../net/cidr'
import { type Holder, addrText, isReservedInSubnet } from './addresses'
import { destinationBlock, missingRoute, ref } from './fixes'
import { type Arrival, type Leg } from './leg'
import { type VpcRoute, selectVpcRoute } from './route-tables'
import { viaEgressOnly, viaGatewayEndpoint, viaIgw, viaNat, viaPeering, viaVgw } from './vpc-targets'
import { viaTgw } from './tgw-routing'

type Subnet = ResourceOf<'subnet'>
type Vpc = ResourceOf<'vpc'>

/** Where a route lookup happens: the VPC, its table, and the subnet whose table it is (none for edge tables). */
export interface At {
  readonly vpc: Vpc
  readonly table: ResourceOf<'routeTable'>
  readonly subnet?: Subnet
  readonly arrival: Arrival
}

/** A packet leaves a network interface: the holder's hop, then its subnet's route table. */
export function leaveInterface(leg: Leg, holder: Holder): void {
  if (!holder.representative) leg.hop(holder.resource, 'forward', { note: `address ${addrText(holder.v4.family === leg.packet.dst.family ? holder.v4 : holder.v6!)}` })
  routeFromSubnet(leg, holder.subnet, 'origin', 'subnet')
}

/**
 * Looks the destination up in a subnet's table. `style` says who is seen doing it: the subnet
 * (packets from its own interfaces; a hop per subnet, as Batfish shows them) or the VPC (packets
 * arriving from a transit gateway through an attachment subnet).
 */
export function routeFromSubnet(leg: Leg, subnet: Subnet, arrival: Arrival, style: 'subnet' | 'vpc'): void {
  const ctx = leg.ctx
  if (!leg.enter(`subnet ${subnet.id}`)) return
  const vpc = ctx.vpc(subnet.vpc)
  const compiled = ctx.tableOfSubnet(subnet)
  if (!vpc || !compiled) {
    leg.hop(subnet, 'drop')
    leg.fail(`${ref(subnet)} has no route table: no explicit association and ${subnet.vpc} has no main table`, 'rt-association', `mark one route table of ${subnet.vpc} as main, or associate one with ${subnet.id}`)
    return
  }
  const consulted = compiled.consulted
  leg.origin ??= { vpc, table: compiled.table }
  const route = selectVpcRoute(compiled, leg.packet.dst, leg.packet.service)
  if (style === 'subnet') leg.hop(subnet, 'forward', { consulted, matched: route?.text })
  else leg.hop(vpc, 'forward', { consulted: `${consulted} of attachment subnet ${ref(subnet)} (${subnet.az})`, matched: route?.text })
  if (!route) {
    const m = missingRoute(ctx, vpc, compiled.table, leg.packet.dst, leg.packet.service)
    leg.fail(`no route to ${leg.dstText} in ${consulted}`, m.ruleId, m.fix)
    return
  }
  if (style === 'subnet') {
    const intoSame = route.target === 'local' && ctx.subnetOf(vpc.id, leg.packet.dst)?.id === subnet.id
    // Within one subnet the VPC router and the NACL are not involved (Batfish shows such flows direct).
    if (!intoSame) {
      leg.crossings.push({ subnet, rules: 'out', remote: leg.packet.dst })
      leg.hop(vpc, 'forward', { matched: route.target === 'local' ? 'local delivery' : `to ${route.target}` })
    }
  }
  applyTarget(leg, route, { vpc, table: compiled.table, subnet, arrival })
}

/** A packet entering a VPC through its IGW or VGW: the gateway's edge table if it has one, else local delivery. */
export function enterFromGateway(leg: Leg, vpc: Vpc, gateway: Resource, arrival: Arrival): void {
  const edge = leg.ctx.edgeTableOf(gateway.id)
  if (!edge) return deliver(leg, vpc, arrival, undefined, false)
  const route = selectVpcRoute(leg.ctx.compile(edge), leg.packet.dst)
  leg.hop(vpc, 'forward', { consulted: `edge route table ${ref(edge)} of ${gateway.id}`, matched: route?.text ?? 'local delivery' })
  if (!route || route.target === 'local') return deliver(leg, vpc, arrival, undefined, true)
  applyTarget(leg, route, { vpc, table: edge, arrival })
}

export function applyTarget(leg: Leg, route: VpcRoute, at: At): void {
  if (route.target === 'local') return deliver(leg, at.vpc, at.arrival, at.subnet, true)
  const target = leg.ctx.index.get(route.target)
  if (!target) {
    leg.fail(`route ${route.text} in ${ref(at.table)} is a blackhole: ${route.target} does not exist`, 'rt-blackhole', `remove the route from ${ref(at.table)} or point it at an existing target`)
    return
  }
  switch (target.kind) {
    case 'peeringConnection':
      return viaPeering(leg, target, at)
    case 'transitGateway':
      return viaTgw(leg, target, at)
    case 'internetGateway':
      return viaIgw(leg, target, at)
    case 'egressOnlyInternetGateway':
      return viaEgressOnly(leg, target, at)
    case 'natGateway':
      return viaNat(leg, target, at)
    case 'vpnGateway':
      return viaVgw(leg, target, at)
    case 'gatewayEndpoint':
      return viaGatewayEndpoint(leg, target, at)
    case 'workload':
    case 'interfaceEndpoint':
      return viaAppliance(leg, target, at)
    default:
      leg.fail(`route ${route.text} in ${ref(at.table)} names a ${target.kind}, which cannot carry traffic`, 'rt-target-same-vpc', `point the route at a gateway, peering connection, transit gateway, NAT gateway or network interface of ${ref(at.vpc)}`)
  }
}

/** An ENI (instance with source/destination check off) or GWLB endpoint in the path; it continues from its subnet's table. */
function viaAppliance(leg: Leg, target: ResourceOf<'workload'> | ResourceOf<'interfaceEndpoint'>, at: At): void {
  const ctx = leg.ctx
  const subnetId = target.kind === 'workload' ? target.subnet : target.subnets[0]
  const subnet = ctx.index.getOf('subnet', subnetId)
  if (!subnet || subnet.vpc !== at.vpc.id) {
    leg.fail(`route target ${ref(target)} is not in ${ref(at.vpc)}`, 'rt-target-same-vpc', `route through an interface of ${ref(at.vpc)}`)
    return
  }
  if (target.kind === 'interfaceEndpoint' && target.endpointType !== 'gatewayLoadBalancer') {
    leg.hop(target, 'drop')
    leg.fail(`${ref(target)} is an interface endpoint; routes can only target Gateway Load Balancer endpoints`, 'rt-target-same-vpc', `address the endpoint by IP instead of routing to it`)
    return
  }
  leg.hop(target, 'forward', { note: target.kind === 'workload' ? 'appliance: forwards traffic not addressed to it' : 'inspected by the Gateway Load Balancer and returned' })
  if (target.kind === 'workload' && target.sourceDestCheck) {
    leg.fail(`${ref(target)} has source/destination check on and drops packets not addressed to it`, 'rt-middlebox-forwarding', `set sourceDestCheck to false on ${ref(target)}`)
    return
  }
  leg.stateful.push(target)
  if (at.subnet?.id !== subnet.id) leg.crossings.push({ subnet, rules: 'in', remote: leg.packet.src })
  routeFromSubnet(leg, subnet, at.arrival, 'subnet')
}

/** Local delivery in `vpc`: the subnet holding the address, then the interface holding it. */
export function deliver(leg: Leg, vpc: Vpc, arrival: Arrival, from: Subnet | undefined, vpcHopDone: boolean): void {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  if (!vpcHopDone) leg.hop(vpc, 'forward', { matched: 'local delivery' })
  const subnet = ctx.subnetOf(vpc.id, dst)
  if (!subnet) {
    leg.fail(`${addrText(dst)} is inside ${ref(vpc)} (${destinationBlock(ctx, dst)}) but in none of its subnets`, undefined, `address a host in one of ${ref(vpc)}'s subnets, or add a subnet covering ${addrText(dst)}`)
    return
  }
  const block = parseCidr(dst.family === 4 ? subnet.cidr : (subnet.ipv6Cidr ?? subnet.cidr))
  if (!(arrival === 'origin' && from?.id === subnet.id)) {
    leg.crossings.push({ subnet, rules: 'in', remote: leg.packet.src })
    leg.hop(subnet, 'forward')
  }
  if (block && isReservedInSubnet(block, dst)) {
    leg.fail(`${addrText(dst)} is one of the five addresses AWS reserves in ${ref(subnet)}`, 'subnet-reserved-ip', `address a host from the 5th address of ${subnet.cidr} on`)
    return
  }
  const holder = ctx.holderAt(dst, vpc.id) ?? unpinnedHost(leg, subnet)
  if (!holder) return
  deliverTo(leg, holder)
}

/** An address no interface of the design holds: a plausible host unless the subnet pins all its addresses. */
function unpinnedHost(leg: Leg, subnet: Subnet): Holder | undefined {
  const ctx = leg.ctx
  const dst = leg.packet.dst
  const inSubnet = ctx.holdersBySubnet.get(subnet.id) ?? []
  const workloads = inSubnet.filter((h) => h.resource.kind === 'workload')
  if (workloads.length > 0 && workloads.every((h) => h.pinned)) {
    const held = workloads.map((h) => addrText(h.v4)).join(', ')
    leg.fail(`no interface in ${ref(subnet)} holds ${addrText(dst)} (the design pins ${held})`, undefined, `address one of the interfaces of ${ref(subnet)}: ${held}`)
    return undefined
  }
  return { resource: subnet, subnet, v4: dst, pinned: false, publicIp: subnet.mapPublicIpOnLaunch, securityGroups: [], representative: true }
}

function deliverTo(leg: Leg, holder: Holder): void {
  const r = holder.resource
  if (holder.representative) {
    leg.outside(`${holder.subnet.id}/${addrText(leg.packet.dst)}`, 'host', `host ${addrText(leg.packet.dst)} in ${holder.subnet.name}`, 'accept')
    return leg.arrive({ type: 'holder', holder })
  }
  if (r.kind === 'natGateway' && !leg.reply) {
    leg.hop(r, 'drop')
    return leg.fail(`${ref(r)} accepts no connections initiated toward it`, undefined, 'address the host behind the NAT gateway through its own route instead')
  }
  if (r.kind === 'tgwVpcAttachment') {
    leg.hop(r, 'drop')
    return leg.fail(`${addrText(leg.packet.dst)} is the network interface of transit gateway attachment ${ref(r)}, which answers no traffic`)
  }
  if (r.kind === 'interfaceEndpoint') return privateLink(leg, r, holder)
  leg.hop(r, 'accept')
  leg.arrive({ type: 'holder', holder })
}

/** An interface endpoint answers for its AWS service, or hands over to the provider's load balancer (PrivateLink). */
function privateLink(leg: Leg, ep: ResourceOf<'interfaceEndpoint'>, holder: Holder): void {
  const ctx = leg.ctx
  leg.hop(ep, 'forward')
  if (ep.endpointType === 'gatewayLoadBalancer') return leg.fail(`${ref(ep)} is a Gateway Load Balancer endpoint: it is a route target, not a destination`)
  if (ep.state !== 'accepted') {
    return leg.fail(`${ref(ep)} is pending acceptance by the service provider: no traffic flows`, 'pl-permissions-acceptance', `accept the endpoint connection on ${ep.endpointService ?? ep.service}`)
  }
  if (leg.reply) return leg.arrive({ type: 'holder', holder })
  if (ep.service !== undefined) {
    leg.outside(ep.service, 'awsService', ep.service, 'accept')
    return leg.arrive({ type: 'holder', holder })
  }
  const svc = ctx.index.getOf('endpointService', ep.endpointService)
  const lb = ctx.index.getOf('loadBalancer', svc?.loadBalancers[0])
  if (!svc || !lb) return leg.fail(`${ref(ep)} names endpoint service ${ep.endpointService}, which has no load balancer in the design`, 'pl-service-load-balancer', `give ${ep.endpointService} a Network Load Balancer`)
  leg.hop(svc, 'forward', { note: 'PrivateLink: no routes between consumer and provider are used' })
  leg.hop(lb, 'accept')
  leg.arrive({ type: 'holder', holder })
}
