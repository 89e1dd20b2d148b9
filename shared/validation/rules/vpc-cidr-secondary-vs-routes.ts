import { contains, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { destinationOf, isMiddlebox, routeText } from '../support/routes'

/** Targets AWS accepts for a route to a whole subnet inside a VPC block (`rt-more-specific-than-local`). */
const subnetRouteKinds = new Set(['natGateway', 'workload', 'interfaceEndpoint'])

export default defineRule({
  id: 'vpc-cidr-secondary-vs-routes',
  meta: {
    severity: 'error',
    title: "A secondary block does not contain a route's destination",
    appliesTo: ['vpc', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    containsRoute:
      'VPC {{vpc}} secondary block {{cidr}} contains the destination of route {{route}} in route table {{table}}: AWS refuses to add a block over an existing route, and refuses such a route once the block exists.',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      if (vpc.secondaryCidrs.length === 0) continue
      const subnets = indexes.subnetBlocksOf(vpc.id)
      const tables = index.childrenOf(vpc.id, 'routeTable')
      vpc.secondaryCidrs.forEach((text, i) => {
        const block = parseCidr(text)
        if (!block) return
        for (const table of tables) {
          table.routes.forEach((route) => {
            const dest = destinationOf(route)
            if (!dest || route.target === 'local' || !contains(block, dest)) return
            const target = index.get(route.target)
            // Legitimate routes inside a block: the whole block to a middlebox (local replaced),
            // or a whole subnet to a NAT gateway, an interface or a GWLB endpoint.
            if (dest.prefix === block.prefix && isMiddlebox(target)) return
            if (subnets.has(dest.canonical) && target && subnetRouteKinds.has(target.kind) && (target.kind !== 'interfaceEndpoint' || isMiddlebox(target))) return
            report({
              messageId: 'containsRoute',
              target: vpc.id,
              field: `secondaryCidrs[${i}]`,
              related: [table.id, route.target],
              data: { vpc: vpc.name, cidr: text, route: routeText(route, index), table: table.name },
              fix: `Pick a secondary block that does not contain ${route.destination}, or remove that route.`,
            })
          })
        }
      })
    }
  },
})
