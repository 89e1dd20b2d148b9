import { defineRule } from '../rule'
import { destinationField } from '../support/routes'

export default defineRule({
  id: 'rt-duplicate-destination',
  meta: {
    severity: 'error',
    title: 'A route table has one static route per destination',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateRoute.html',
  },
  messages: {
    duplicate: 'Route table {{table}} has two routes for {{destination}} (to {{first}} and to {{second}}); AWS refuses the second with RouteAlreadyExists.',
  },
  check({ index, indexes, report }) {
    for (const { table, destinations: dests } of indexes.routeTables()) {
      if (table.routes.length < 2) continue
      const seen = new Map<string, number>()
      table.routes.forEach((route, i) => {
        const key = route.destinationPrefixList !== undefined ? `pl:${route.destinationPrefixList}` : (dests[i]?.canonical ?? route.destination ?? '')
        const first = seen.get(key)
        if (first === undefined) {
          seen.set(key, i)
          return
        }
        const name = (id: string) => (id === 'local' ? 'local' : (index.get(id)?.name ?? id))
        report({
          messageId: 'duplicate',
          target: table.id,
          field: destinationField(route, i),
          related: [table.routes[first].target, route.target].filter((t) => t !== 'local'),
          data: { table: table.name, destination: route.destination ?? name(route.destinationPrefixList!), first: name(table.routes[first].target), second: name(route.target) },
          fix: `Keep one route for this destination (routes[${first}] or routes[${i}]).`,
        })
      })
    }
  },
})
