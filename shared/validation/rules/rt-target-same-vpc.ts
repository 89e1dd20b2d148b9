import type { Resource } from '../../model/kinds'
import type { RuleContext } from '../rule'
import { defineRule } from '../rule'
import { nameOf } from '../names'

/** Why the target cannot be used from the table's VPC, or undefined when it can. */
function problem(target: Resource, vpcId: string, ctx: RuleContext): 'otherVpc' | 'notPeer' | 'notAttached' | 'notRoutable' | undefined {
  const { index, indexes } = ctx
  switch (target.kind) {
    case 'internetGateway':
    case 'egressOnlyInternetGateway':
    case 'gatewayEndpoint':
      return target.vpc === vpcId ? undefined : 'otherVpc'
    case 'interfaceEndpoint':
      if (target.endpointType !== 'gatewayLoadBalancer') return 'notRoutable'
      return target.vpc === vpcId ? undefined : 'otherVpc'
    case 'vpnGateway':
      // A detached VGW is a blackhole (rt-blackhole), not another VPC's gateway.
      return target.vpc === undefined || target.vpc === vpcId ? undefined : 'otherVpc'
    case 'natGateway':
    case 'workload':
      return index.vpcOf(target)?.id === vpcId ? undefined : 'otherVpc'
    case 'peeringConnection':
      return target.requesterVpc === vpcId || target.accepterVpc === vpcId ? undefined : 'notPeer'
    case 'transitGateway':
      return indexes.tgwAttachmentsOfVpc(vpcId).some((a) => a.transitGateway === target.id) ? undefined : 'notAttached'
    default:
      return 'notRoutable'
  }
}

export default defineRule({
  id: 'rt-target-same-vpc',
  meta: {
    severity: 'error',
    title: "Route targets are usable from the table's VPC",
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html',
  },
  messages: {
    missing: 'Route table {{table}} route {{destination}} targets "{{target}}", which does not exist.',
    otherVpc: 'Route table {{table}} of VPC {{vpc}} sends {{destination}} to {{target}}, which belongs to VPC {{targetVpc}}; a route can only use a gateway, NAT gateway, interface or endpoint of its own VPC.',
    notPeer: 'Route table {{table}} of VPC {{vpc}} sends {{destination}} to {{target}}, but VPC {{vpc}} is neither its requester nor its accepter.',
    notAttached: 'Route table {{table}} of VPC {{vpc}} sends {{destination}} to {{target}}, but VPC {{vpc}} has no attachment to that transit gateway.',
    notRoutable: 'Route table {{table}} sends {{destination}} to {{target}}, which cannot be a route target (interface endpoints are reached by address, not by route).',
  },
  check(ctx) {
    const { index, report } = ctx
    for (const { table, vpc, targets } of ctx.indexes.tablesWithVpc()) {
      for (let i = 0; i < table.routes.length; i++) {
        const route = table.routes[i]
        if (route.target === 'local') continue
        const target = targets[i]
        const why = target ? problem(target, vpc.id, ctx) : 'missing'
        if (!why) continue
        // Texts are built only for a finding: nearly every route of a design is fine.
        const destination = route.destination ?? index.get(route.destinationPrefixList ?? '')?.name ?? ''
        const field = `routes[${i}].target`
        if (!target) {
          report({ messageId: 'missing', target: table.id, field, data: { table: table.name, destination, target: route.target } })
          continue
        }
        const targetVpc = index.vpcOf(target)
        report({
          messageId: why,
          target: table.id,
          field,
          related: [target.id, ...(targetVpc ? [targetVpc.id] : [])],
          data: { table: table.name, vpc: vpc.name, destination, target: nameOf(target), targetVpc: targetVpc?.name ?? '?' },
          fix: why === 'notAttached' ? `Attach ${vpc.name} to the transit gateway, or route to one it is attached to.` : `Route ${destination} to a target of VPC ${vpc.name}.`,
        })
      }
    }
  },
})
