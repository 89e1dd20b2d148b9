import { defineRule } from '../rule'
import { type TgwRouteEntry, tgwRoutesOf } from '../topology-tgw'

const originWords: Readonly<Record<TgwRouteEntry['origin'], string>> = {
  static: 'static',
  vpc: 'propagated from a VPC',
  dx: 'propagated from Direct Connect',
  vpn: 'propagated from a VPN',
}
const rank: Readonly<Record<TgwRouteEntry['origin'], number>> = { static: 0, vpc: 1, dx: 2, vpn: 3 }

export default defineRule({
  id: 'tgw-route-evaluation',
  meta: {
    severity: 'info',
    title: 'How a TGW route table picks among routes for the same prefix',
    appliesTo: ['tgwRouteTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  messages: {
    samePrefix:
      'TGW route table {{table}} has {{count}} routes for {{prefix}}: the {{winner}} route to {{winnerTarget}} is used; {{hidden}} {{verb}} hidden (longest prefix first, then static > VPC > Direct Connect > VPN propagation).',
  },
  check({ index, indexes, report }) {
    const nameOfTarget = (t: string) => (t === 'blackhole' ? 'blackhole' : (index.get(t)?.name ?? t))
    for (const table of index.all('tgwRouteTable')) {
      const byPrefix = new Map<string, TgwRouteEntry[]>()
      for (const r of tgwRoutesOf(indexes, table)) {
        const list = byPrefix.get(r.destination.canonical)
        if (list) list.push(r)
        else byPrefix.set(r.destination.canonical, [r])
      }
      for (const [prefix, routes] of byPrefix) {
        const distinct = routes.filter((r, i) => routes.findIndex((o) => o.target === r.target && o.origin === r.origin) === i)
        if (distinct.length < 2) continue
        const [winner, ...rest] = [...distinct].sort((a, b) => rank[a.origin] - rank[b.origin])
        report({
          messageId: 'samePrefix',
          target: table.id,
          related: distinct.map((r) => r.target).filter((t) => t !== 'blackhole' && index.get(t) !== undefined),
          field: winner.routeIndex !== undefined ? `routes[${winner.routeIndex}]` : 'propagations',
          data: {
            table: table.name,
            count: distinct.length,
            prefix,
            winner: originWords[winner.origin],
            winnerTarget: nameOfTarget(winner.target),
            hidden: rest.map((r) => `the ${originWords[r.origin]} route to ${nameOfTarget(r.target)}`).join(', '),
            verb: rest.length === 1 ? 'is' : 'are',
          },
        })
      }
    }
  },
})
