import { defineRule } from '../rule'

export default defineRule({
  id: 'rt-ipv6-default-missing',
  meta: {
    severity: 'warning',
    title: 'Dual-stack subnets with an IPv4 default route also have an IPv6 one',
    appliesTo: ['routeTable', 'subnet'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
  },
  messages: {
    missing: 'Route table {{table}} sends 0.0.0.0/0 to {{target}} but has no ::/0 route, so IPv6 subnets {{subnets}} get no IPv6 internet access (0.0.0.0/0 never matches IPv6).',
  },
  check({ index, indexes, report }) {
    for (const { table, destinations: dests } of indexes.routeTables()) {
      const i = dests.findIndex((c) => c?.canonical === '0.0.0.0/0')
      if (i < 0 || dests.some((c) => c?.canonical === '::/0')) continue
      const ipv6 = indexes.subnetsUsing(table.id).filter((s) => s.ipv6Cidr !== undefined)
      if (ipv6.length === 0) continue
      const target = index.get(table.routes[i].target)
      // IPv6 internet egress is expected when the table is public, or the VPC has an egress-only gateway.
      const eigw = index.childrenOf(table.vpc, 'egressOnlyInternetGateway')[0]
      if (target?.kind !== 'internetGateway' && !eigw) continue
      const via = target?.kind === 'internetGateway' ? target : eigw
      report({
        messageId: 'missing',
        target: table.id,
        field: `routes[${i}]`,
        related: [...ipv6.map((s) => s.id), via.id],
        data: { table: table.name, target: target?.name ?? table.routes[i].target, subnets: ipv6.map((s) => s.name).join(', ') },
        fix: `Add ::/0 → ${via.name}.`,
      })
    }
  },
})
