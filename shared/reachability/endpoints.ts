import type { ResourceOf } from '../model/kinds'
import { parseCidr } from '../net/cidr'
import { type Addr, type Holder, addrText, inCidr, toAddr } from './addresses'
import type { ReachabilityContext } from './context'
import { ambiguousHolders, joinAnd, meantHolder, ref, unownedPrivate } from './fixes'
import type { Endpoint } from './types'

/** A query end that cannot be answered: unknown resource, wrong kind, address family missing. */
export class ReachInputError extends Error {}

/** One end of a flow, located: where packets leave from or go to, and with which address. */
export type Side =
  | { readonly kind: 'holder'; readonly holder: Holder; readonly addr: Addr; readonly label: string }
  | { readonly kind: 'internet'; readonly addr: Addr; readonly label: string }
  | { readonly kind: 'onPrem'; readonly network: ResourceOf<'onPremNetwork'>; readonly addr: Addr; readonly label: string }
  /**
   * An address with nothing behind it in the design (inside a VPC block but no subnet, or a private
   * address no VPC or on-premises network holds): destination only.
   */
  | { readonly kind: 'bare'; readonly addr: Addr; readonly label: string }
  /** An AWS service by its address range; `service` lets gateway-endpoint routes match when the range is unknown. */
  | { readonly kind: 'service'; readonly service: string; readonly addr: Addr; readonly label: string }
  /** Nothing in the design can serve the destination (no interface endpoint for the endpoint service). */
  | { readonly kind: 'missing'; readonly resource: ResourceOf<'endpointService'>; readonly addr: Addr; readonly label: string; readonly reason: string; readonly fix: string }

function holderAddr(h: Holder, family: 4 | 6): Addr {
  if (family === 4) return h.v4
  if (!h.v6) throw new ReachInputError(`subnet ${h.subnet.id} has no IPv6 block, so ${h.resource.id} has no IPv6 address`)
  return h.v6
}

function holderSide(h: Holder, family: 4 | 6): Side {
  const addr = holderAddr(h, family)
  const what = h.representative ? `host in subnet ${ref(h.subnet)}` : `${h.resource.kind} ${ref(h.resource)}`
  return { kind: 'holder', holder: h, addr, label: `${what} (${addrText(addr)})` }
}

/**
 * The VPC's stand-in for matrix and `vpc` queries: its first subnet (file order) that holds a
 * workload; else its first private subnet (no route to an internet gateway, no NAT gateway in
 * it), where applications usually live; else its first subnet.
 */
export function representativeSubnet(ctx: ReachabilityContext, vpcId: string): ResourceOf<'subnet'> | undefined {
  const subnets = ctx.index.childrenOf(vpcId, 'subnet')
  const isPrivate = (s: ResourceOf<'subnet'>) =>
    !ctx.tableOfSubnet(s)?.routes.some((r) => ctx.index.get(r.target)?.kind === 'internetGateway') &&
    !(ctx.holdersBySubnet.get(s.id) ?? []).some((h) => h.resource.kind === 'natGateway')
  return (
    subnets.find((s) => (ctx.holdersBySubnet.get(s.id) ?? []).some((h) => h.resource.kind === 'workload')) ??
    subnets.find(isPrivate) ??
    subnets[0]
  )
}

function subnetSide(ctx: ReachabilityContext, subnet: ResourceOf<'subnet'>, family: 4 | 6): Side {
  const list = ctx.holdersBySubnet.get(subnet.id) ?? []
  const h = list.find((x) => x.resource.kind === 'workload') ?? list.find((x) => x.representative)
  if (!h) throw new ReachInputError(`subnet ${subnet.id} (${subnet.cidr}) has no free address for a host`)
  return holderSide(h, family)
}

function onPremAddr(network: ResourceOf<'onPremNetwork'>, family: 4 | 6): Addr {
  const c = network.cidrs.map((t) => parseCidr(t)).find((x) => x?.family === family)
  if (!c) throw new ReachInputError(`on-premises network ${network.id} has no IPv${family} block`)
  return { family, value: c.end - c.start >= 2n ? c.start + 1n : c.start }
}

/**
 * Locates a query end. `region` picks the AWS service's prefix list (the source VPC's Region). An
 * address several VPCs hold is placed in `preferVpc` (the source's) when it is one of them, else in
 * the first whose interface or subnet holds it.
 */
export function locate(ctx: ReachabilityContext, e: Endpoint, family: 4 | 6, region?: string, preferVpc?: string): Side {
  const ix = ctx.index
  switch (e.type) {
    case 'subnet': {
      const s = ix.getOf('subnet', e.subnet)
      if (!s) throw new ReachInputError(`no subnet with id ${e.subnet}`)
      return subnetSide(ctx, s, family)
    }
    case 'vpc': {
      if (!ix.getOf('vpc', e.vpc)) throw new ReachInputError(`no VPC with id ${e.vpc}`)
      const s = representativeSubnet(ctx, e.vpc)
      if (!s) throw new ReachInputError(`VPC ${e.vpc} has no subnet`)
      return subnetSide(ctx, s, family)
    }
    case 'resource': {
      const r = ix.get(e.resource)
      if (!r) throw new ReachInputError(`no resource with id ${e.resource}`)
      if (r.kind === 'subnet') return subnetSide(ctx, r, family)
      if (r.kind === 'vpc') return locate(ctx, { type: 'vpc', vpc: r.id }, family, region)
      if (r.kind === 'onPremNetwork') return locate(ctx, { type: 'onPrem', network: r.id }, family, region)
      if (r.kind === 'endpointService') return locate(ctx, { type: 'endpointService', endpointService: r.id }, family, region)
      const h = ctx.holders.find((x) => x.resource.id === r.id)
      if (!h) throw new ReachInputError(`${r.kind} ${r.id} has no network interface to send or receive traffic (use a workload, subnet, VPC, load balancer, endpoint or on-premises network)`)
      return holderSide(h, family)
    }
    case 'address': {
      const a = toAddr(e.address)
      if (!a) throw new ReachInputError(`not an IP address: ${e.address}`)
      const vpcs = ctx.vpcsOfAddr(a)
      const vpc = vpcs.find((v) => v.id === preferVpc) ?? vpcs.find((v) => ctx.holderAt(a, v.id)) ?? vpcs.find((v) => ctx.subnetOf(v.id, a)) ?? vpcs[0]
      if (vpc) {
        const held = ctx.holderAt(a, vpc.id)
        if (held) return { ...holderSide(held, a.family), addr: a }
        const subnet = ctx.subnetOf(vpc.id, a)
        if (!subnet) return { kind: 'bare', addr: a, label: `${e.address} (in ${ref(vpc)}, no subnet)` }
        const host: Holder = { resource: subnet, subnet, v4: a, pinned: false, publicIp: subnet.mapPublicIpOnLaunch, securityGroups: [], representative: true }
        return { kind: 'holder', holder: host, addr: a, label: `${e.address} (subnet ${ref(subnet)})` }
      }
      const network = ctx.onPremOf(a)
      if (network) return { kind: 'onPrem', network, addr: a, label: `${e.address} (on-premises ${ref(network)})` }
      if (unownedPrivate(ctx, a)) return { kind: 'bare', addr: a, label: `${e.address} (private; no network in the design holds it)` }
      const pl = serviceListOf(ctx, a, region)
      if (pl) return { kind: 'internet', addr: a, label: `${e.address} (${pl.awsService}, in prefix list ${ref(pl)})` }
      return { kind: 'internet', addr: a, label: `${e.address} (internet)` }
    }
    case 'onPrem': {
      const n = ix.getOf('onPremNetwork', e.network)
      if (!n) throw new ReachInputError(`no on-premises network with id ${e.network}`)
      const addr = onPremAddr(n, family)
      return { kind: 'onPrem', network: n, addr, label: `on-premises ${ref(n)} (${addrText(addr)})` }
    }
    case 'internet': {
      const addr = family === 4 ? ctx.internetV4 : ctx.internetV6
      return { kind: 'internet', addr, label: `internet (${addrText(addr)})` }
    }
    case 'service':
      return serviceSide(ctx, e.service, family, region)
    case 'endpointService':
      throw new ReachInputError(`endpoint service ${e.endpointService} is a destination only`)
  }
}

/** The AWS-managed prefix list of a service holding the address: the Region's when known, else any. */
function serviceListOf(ctx: ReachabilityContext, a: Addr, region: string | undefined) {
  const holds = (t: string) => {
    const c = parseCidr(t)
    return c !== null && inCidr(c, a)
  }
  const lists = ctx.index.all('prefixList').filter((p) => p.awsService !== undefined && p.entries.some(holds))
  return lists.find((p) => p.region === region) ?? lists[0]
}

function serviceSide(ctx: ReachabilityContext, service: string, family: 4 | 6, region: string | undefined): Side {
  const pl = region !== undefined ? ctx.servicePrefixList(service, region) : undefined
  const first = pl?.entries.map((t) => parseCidr(t)).find((c) => c?.family === family)
  const addr = first ? { family, value: first.start } : family === 4 ? ctx.internetV4 : ctx.internetV6
  return { kind: 'service', service, addr, label: `${service}${first ? ` (${addrText(addr)})` : ''}` }
}

/**
 * Where a destination may be served. An interface-endpoint service or endpoint service can have
 * several endpoints: the source VPC's come first, then the rest in file order; the analysis takes
 * the first that works. An AWS service with no interface endpoint is reached at its public address.
 */
export function destinationSides(ctx: ReachabilityContext, e: Endpoint, family: 4 | 6, source: Side): Side[] {
  const sourceVpc = source.kind === 'holder' ? source.holder.subnet.vpc : undefined
  const region = sourceVpc !== undefined ? ctx.vpc(sourceVpc)?.region : undefined
  const az = source.kind === 'holder' ? source.holder.subnet.az : undefined
  const byEndpoint = (match: (ep: ResourceOf<'interfaceEndpoint'>) => boolean): Side[] => {
    const eps = ctx.index.all('interfaceEndpoint').filter((ep) => ep.endpointType === 'interface' && match(ep))
    eps.sort((a, b) => Number(b.vpc === sourceVpc) - Number(a.vpc === sourceVpc))
    return eps.flatMap((ep) => {
      const hs = ctx.holders.filter((h) => h.resource.id === ep.id)
      const h = hs.find((x) => x.subnet.az === az) ?? hs[0]
      return h ? [holderSide(h, family)] : []
    })
  }
  if (e.type === 'endpointService' || (e.type === 'resource' && ctx.index.getOf('endpointService', e.resource))) {
    const id = e.type === 'endpointService' ? e.endpointService : e.resource
    const service = ctx.index.getOf('endpointService', id)
    if (!service) throw new ReachInputError(`no endpoint service with id ${id}`)
    const sides = byEndpoint((ep) => ep.endpointService === id)
    if (sides.length > 0) return sides
    const addr = family === 4 ? ctx.internetV4 : ctx.internetV6
    const where = sourceVpc ?? 'the consumer VPC'
    return [{ kind: 'missing', resource: service, addr, label: `endpoint service ${id}`, reason: `no interface endpoint in the design connects to endpoint service ${id}`, fix: `create an interface endpoint for ${id} in ${where}` }]
  }
  if (e.type === 'service' && e.service !== 's3' && e.service !== 'dynamodb') {
    const sides = byEndpoint((ep) => ep.service === e.service)
    if (sides.length > 0) return sides
  }
  const side = locate(ctx, e, family, region, sourceVpc)
  // Overlapping VPCs the source connects to: the address names one of them only if just one has a subnet for it.
  if (e.type !== 'address' || sourceVpc === undefined) return [side]
  const several = ambiguousHolders(ctx, sourceVpc, side.addr)
  if (several.length > 1 && !meantHolder(ctx, several, side.addr)) return [{ ...side, label: `${e.address} (ambiguous: in ${joinAnd(several.map(ref))})` }]
  return [side]
}
