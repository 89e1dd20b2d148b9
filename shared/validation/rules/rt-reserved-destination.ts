import { cidr, contains } from '../../net/cidr'
import { defineRule } from '../rule'

const reserved = [cidr('169.254.168.0/22'), cidr('fd00:ec2::/32')]

export default defineRule({
  id: 'rt-reserved-destination',
  meta: {
    severity: 'error',
    title: 'Routes do not target the ranges AWS reserves for its own services',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
  },
  messages: {
    reserved: 'Route table {{table}} has a route for {{destination}}, inside {{range}}, which AWS reserves for services such as instance metadata and DNS; such routes are refused.',
  },
  check({ index, indexes, report }) {
    for (const table of index.all('routeTable')) {
      const dests = indexes.destinationsOf(table)
      table.routes.forEach((route, i) => {
        const dest = dests[i]
        const range = dest && reserved.find((r) => contains(r, dest))
        if (range) report({ messageId: 'reserved', target: table.id, field: `routes[${i}].destination`, data: { table: table.name, destination: route.destination!, range: range.text }, fix: 'Remove the route; traffic to this range never leaves the instance.' })
      })
    }
  },
})
