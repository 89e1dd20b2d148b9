import { type Cidr, contains } from '../../net/cidr'
import { nameOf } from '../names'
import { defineRule } from '../rule'
import { isMiddlebox } from '../support/routes'

/** The first block that contains `dest` with a shorter prefix (dest is more specific than its local route). */
function narrowerInside(blocks: readonly Cidr[], dest: Cidr): Cidr | undefined {
  for (const b of blocks) if (contains(b, dest) && dest.prefix > b.prefix) return b
  return undefined
}

export default defineRule({
  id: 'rt-more-specific-than-local',
  meta: {
    severity: 'error',
    title: 'Routes inside a VPC block cover a whole subnet and go to a NAT gateway, interface or GWLB endpoint',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
  },
  messages: {
    notSubnet: 'Route table {{table}} route {{destination}} → {{target}} is more specific than the local route for {{block}} but is not the CIDR of a subnet of VPC {{vpc}}; AWS accepts such routes only for a whole subnet.',
    badTarget: 'Route table {{table}} route {{destination}} → {{target}} is more specific than the local route for {{block}}; AWS accepts that only with a NAT gateway, a network interface or a Gateway Load Balancer endpoint as target.',
  },
  check({ index, indexes, report }) {
    // Secondary blocks are left to vpc-cidr-secondary-vs-routes, so each route is reported once.
    const blocksByVpc = new Map<string, readonly Cidr[]>()
    for (const { table, vpc, destinations: dests } of indexes.tablesWithVpc()) {
      let blocks = blocksByVpc.get(vpc.id)
      if (!blocks) {
        const { v4, v6 } = indexes.blocksOf(vpc)
        blocksByVpc.set(vpc.id, (blocks = [...v4.slice(0, 1), ...v6]))
      }
      for (let i = 0; i < table.routes.length; i++) {
        const route = table.routes[i]
        const dest = dests[i]
        if (!dest || route.target === 'local') continue
        const block = narrowerInside(blocks, dest)
        if (!block) continue
        const subnets = indexes.subnetBlocksOf(vpc.id)
        const target = index.get(route.target)
        const data = { table: table.name, destination: route.destination!, target: target ? nameOf(target) : route.target, block: block.text, vpc: vpc.name }
        if (!subnets.has(dest.canonical)) {
          report({ messageId: 'notSubnet', target: table.id, field: `routes[${i}].destination`, related: [vpc.id], data, fix: 'Route a whole subnet CIDR, or remove the route (traffic inside the VPC goes local).' })
        } else if (!(target?.kind === 'natGateway' || isMiddlebox(target))) {
          report({ messageId: 'badTarget', target: table.id, field: `routes[${i}].target`, related: [route.target, subnets.get(dest.canonical)!.id], data })
        }
      }
    }
  },
})
