import { labelOf, type Resource, type ResourceOf } from '../model/kinds'
import type { ProjectIndex } from '../model/project-index'
import { regions } from '../model/regions'
import { parseCidr, usableAddresses } from '../net/cidr'
import type { StyleKey } from './style'

/** Label lines of a resource box: the name first, then what an architect reads off a diagram. */
export function labelLines(r: Resource, index: ProjectIndex): string[] {
  switch (r.kind) {
    case 'vpc':
      return [r.name, [r.cidr, ...r.secondaryCidrs].join(', '), ...r.ipv6Cidrs]
    case 'subnet':
      return subnetLabel(r)
    case 'transitGateway':
      return [r.name, `AS ${r.amazonSideAsn}`]
    case 'interfaceEndpoint': {
      const service = r.endpointService === undefined ? r.service : (index.get(r.endpointService)?.name ?? r.endpointService)
      return [r.name, service ?? '']
    }
    case 'onPremNetwork':
      return [r.name, ...r.cidrs]
    case 'account':
      return [r.name, r.accountId]
    default:
      return [labelOf(r)]
  }
}

function subnetLabel(s: ResourceOf<'subnet'>): string[] {
  const parsed = parseCidr(s.cidr)
  const usable = parsed ? `${groupThousands(usableAddresses(parsed))} usable` : 'invalid CIDR'
  return [s.name, s.ipv6Cidr ? `${s.cidr} · ${s.ipv6Cidr}` : s.cidr, `${s.az} · ${usable}`]
}

/** 65531 → "65,531"; toLocaleString is slow enough to show up when labelling thousands of subnets. */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export function regionLabel(code: string): string[] {
  const known = (regions as Record<string, { name: string } | undefined>)[code]
  return known ? [code, known.name] : [code]
}

/**
 * A subnet is public when its route table sends a default route (0.0.0.0/0 or ::/0) to an internet
 * gateway, the same test AWS documents; everything else is drawn as private.
 */
export function isPublicSubnet(subnet: ResourceOf<'subnet'>, index: ProjectIndex): boolean {
  const table = index.routeTableOfSubnet(subnet)
  if (!table) return false
  return table.routes.some(
    (route) =>
      (route.destination === '0.0.0.0/0' || route.destination === '::/0') &&
      index.get(route.target)?.kind === 'internetGateway',
  )
}

/** Style of a resource box; subnets split on public/private. */
export function styleKeyOf(r: Resource, index: ProjectIndex): StyleKey {
  switch (r.kind) {
    case 'subnet':
      return isPublicSubnet(r, index) ? 'subnetPublic' : 'subnetPrivate'
    case 'internetGateway':
    case 'egressOnlyInternetGateway':
    case 'natGateway':
    case 'vpnGateway':
    case 'customerGateway':
    case 'dxGateway':
    case 'transitGateway':
    case 'tgwRouteTable':
    case 'gatewayEndpoint':
    case 'interfaceEndpoint':
    case 'loadBalancer':
    case 'endpointService':
    case 'workload':
    case 'vpc':
    case 'onPremNetwork':
    case 'account':
      return r.kind
    default:
      throw new Error(`layout: resource ${r.id} of kind ${r.kind} is not drawn as a box`)
  }
}
