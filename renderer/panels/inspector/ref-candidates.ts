import type { Project, ProjectIndex, Resource } from '../../../shared/model'

/** Fields that place a resource (its VPC, subnet, transit gateway): any resource of the right kind may be picked. */
const placementFields = new Set(['vpc', 'subnet', 'transitGateway', 'account'])

/**
 * The resources a reference field of `resource` may point to: of the field's kinds, and usable from
 * where the resource sits, as AWS requires (rt-target-same-vpc: a route table targets gateways of
 * its own VPC, a peering its VPC takes part in, a transit gateway attached to its VPC; a TGW route
 * table names attachments of its own transit gateway). The current value is always kept so the
 * picker shows what the document holds, even when it is no longer usable.
 */
export function refCandidates(project: Project, index: ProjectIndex, resource: Resource, field: string, kinds: readonly string[], current: readonly string[] = []): Resource[] {
  // Filtering the document keeps file order, so the list reads like the design.
  return project.resources.filter((c) => {
    if (!kinds.includes(c.kind) || c.id === resource.id) return current.includes(c.id) && kinds.includes(c.kind)
    return current.includes(c.id) || placementFields.has(field) || usableFrom(resource, c, index)
  })
}

function usableFrom(resource: Resource, candidate: Resource, index: ProjectIndex): boolean {
  if (resource.kind === 'tgwRouteTable') return attachesTo(candidate, resource.transitGateway)
  const vpc = index.vpcOf(resource)
  if (!vpc || resource.kind === 'vpc') return true
  switch (candidate.kind) {
    case 'vpc':
      return true
    case 'peeringConnection':
      return candidate.requesterVpc === vpc.id || candidate.accepterVpc === vpc.id
    case 'transitGateway':
      return index.all('tgwVpcAttachment').some((a) => a.vpc === vpc.id && a.transitGateway === candidate.id)
    default: {
      const home = index.vpcOf(candidate)
      // Resources outside any VPC (prefix lists, on-premises networks) are usable from everywhere.
      return home === undefined || home.id === vpc.id
    }
  }
}

function attachesTo(candidate: Resource, tgwId: string): boolean {
  if (candidate.kind === 'tgwPeeringAttachment') return candidate.transitGateway === tgwId || candidate.peerTransitGateway === tgwId
  return 'transitGateway' in candidate && candidate.transitGateway === tgwId
}
