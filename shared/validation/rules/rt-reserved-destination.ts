import { type Cidr, cidr, contains } from '../../net/cidr'
import { defineRule } from '../rule'

const reserved = [cidr('169.254.168.0/22'), cidr('fd00:ec2::/32')]

function reservedRangeOf(dest: Cidr): Cidr | undefined {
  for (const r of reserved) if (contains(r, dest)) return r
  return undefined
}

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
  check({ indexes, report }) {
    for (const { table, destinations: dests } of indexes.routeTables()) {
      for (let i = 0; i < dests.length; i++) {
        const dest = dests[i]
        const range = dest && reservedRangeOf(dest)
        if (range) report({ messageId: 'reserved', target: table.id, field: `routes[${i}].destination`, data: { table: table.name, destination: table.routes[i].destination!, range: range.text }, fix: 'Remove the route; traffic to this range never leaves the instance.' })
      }
    }
  },
})
