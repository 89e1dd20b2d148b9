import { defineRule } from '../rule'
import { destinationOf } from '../support/routes'

const EIGWS_PER_REGION = 5

export default defineRule({
  id: 'eigw-ipv6-only',
  meta: {
    severity: 'error',
    title: 'Egress-only internet gateways carry outbound IPv6 only, one per VPC',
    appliesTo: ['egressOnlyInternetGateway', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html',
  },
  messages: {
    ipv4: 'Route table {{table}} sends IPv4 destination {{destination}} to egress-only internet gateway {{eigw}}; it carries IPv6 only.',
    second: 'VPC {{vpc}} already has egress-only internet gateway {{first}}; {{eigw}} cannot be attached as well.',
    inbound: 'Internet-facing load balancer {{lb}} is in subnet {{subnet}}, whose IPv6 default route goes to egress-only internet gateway {{eigw}}: it blocks connections initiated from the internet.',
    quota: 'Account {{account}} has {{count}} egress-only internet gateways in {{region}}; the default quota is 5 per Region.',
  },
  check({ index, indexes, report }) {
    for (const { table, targets } of indexes.routeTables()) {
      table.routes.forEach((route, i) => {
        const t = targets[i]
        const eigw = t?.kind === 'egressOnlyInternetGateway' ? t : undefined
        if (eigw && destinationOf(route)?.family === 4) {
          report({ messageId: 'ipv4', target: table.id, field: `routes[${i}].destination`, related: [eigw.id], data: { table: table.name, destination: route.destination!, eigw: eigw.name }, fix: 'Send IPv4 internet traffic to a NAT gateway, or change the destination to ::/0.' })
        }
      })
    }
    for (const lb of index.all('loadBalancer')) {
      if (lb.scheme !== 'internet-facing') continue
      for (const sid of lb.subnets) {
        const subnet = index.getOf('subnet', sid)
        const table = subnet && indexes.routeTableOf(subnet)
        const def = table?.routes.find((r) => destinationOf(r)?.canonical === '::/0')
        const eigw = def && index.getOf('egressOnlyInternetGateway', def.target)
        if (subnet?.ipv6Cidr && eigw) report({ messageId: 'inbound', target: lb.id, field: 'subnets', related: [subnet.id, table!.id, eigw.id], data: { lb: lb.name, subnet: subnet.name, eigw: eigw.name } })
      }
    }
    const perRegion = new Map<string, string[]>()
    for (const vpc of index.all('vpc')) {
      const eigws = index.childrenOf(vpc.id, 'egressOnlyInternetGateway')
      for (const extra of eigws.slice(1)) report({ messageId: 'second', target: extra.id, field: 'vpc', related: [vpc.id, eigws[0].id], data: { vpc: vpc.name, first: eigws[0].name, eigw: extra.name } })
      if (eigws.length === 0) continue
      const key = `${vpc.account}\u0000${vpc.region}`
      const ids = perRegion.get(key)
      if (ids) for (const g of eigws) ids.push(g.id)
      else perRegion.set(key, eigws.map((g) => g.id))
    }
    for (const [key, eigws] of perRegion) {
      if (eigws.length <= EIGWS_PER_REGION) continue
      const [accountId, region] = key.split('\u0000')
      const account = index.getOf('account', accountId)
      if (account) report({ messageId: 'quota', target: account.id, severity: 'warning', related: eigws, data: { account: account.name, count: eigws.length, region } })
    }
  },
})
