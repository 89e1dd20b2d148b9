import { cidr, contains } from '../../net/cidr'
import { defineRule } from '../rule'
import { destinationOf } from '../support/routes'

const nat64 = cidr('64:ff9b::/96')

export default defineRule({
  id: 'natgw-family',
  meta: {
    severity: 'error',
    title: 'IPv6 goes to a NAT gateway only for NAT64',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    ipv6Default: 'Route table {{table}} sends ::/0 to NAT gateway {{nat}}; NAT gateways do not carry IPv6 internet traffic: use an egress-only internet gateway.',
    ipv6Other: 'Route table {{table}} sends IPv6 destination {{destination}} to NAT gateway {{nat}}; a NAT gateway handles IPv6 only as NAT64 (64:ff9b::/96).',
  },
  check({ index, indexes, report }) {
    for (const { table, targets } of indexes.routeTables()) {
      table.routes.forEach((route, i) => {
        const t = targets[i]
        const nat = t?.kind === 'natGateway' ? t : undefined
        const dest = nat ? destinationOf(route) : null
        if (!nat || !dest || dest.family !== 6 || contains(nat64, dest)) return
        const data = { table: table.name, nat: nat.name, destination: route.destination! }
        if (dest.prefix === 0) {
          const eigw = index.childrenOf(table.vpc, 'egressOnlyInternetGateway')[0]
          report({ messageId: 'ipv6Default', target: table.id, field: `routes[${i}].target`, related: [nat.id], data, fix: eigw ? `Route ::/0 to ${eigw.name}.` : 'Add an egress-only internet gateway and route ::/0 to it.' })
        } else {
          report({ messageId: 'ipv6Other', target: table.id, field: `routes[${i}].destination`, severity: 'warning', related: [nat.id], data })
        }
      })
    }
  },
})
