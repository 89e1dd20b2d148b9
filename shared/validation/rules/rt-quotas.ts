import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

const TABLES_PER_VPC = 200
const ROUTES_PER_TABLE = 50
const ROUTES_MAX = 1000
const PROPAGATED_MAX = 100

const families = ['IPv4', 'IPv6'] as const

export default defineRule({
  id: 'rt-quotas',
  meta: {
    severity: 'warning',
    title: 'Route tables and routes stay within quotas',
    appliesTo: ['vpc', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  },
  messages: {
    tables: 'VPC {{vpc}} has {{count}} route tables; the default quota is 200 per VPC (the main table counts).',
    routes: 'Route table {{table}} has {{count}} static {{family}} routes; the default quota is 50 per table per family (adjustable to 1,000; performance may degrade).',
    routesMax: 'Route table {{table}} has {{count}} static {{family}} routes; AWS allows at most 1,000 per table per family.',
    propagated: 'Route table {{table}} receives {{count}} propagated {{family}} routes from {{vgws}}; at most 100 propagated routes fit (fixed): advertise a summary or a default route instead.',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      const count = index.childrenOf(vpc.id, 'routeTable').length
      if (count > TABLES_PER_VPC) report({ messageId: 'tables', target: vpc.id, data: { vpc: vpc.name, count } })
    }
    for (const { table, destinations: dests } of indexes.routeTables()) {
      const counts = { IPv4: 0, IPv6: 0 }
      for (let i = 0; i < dests.length; i++) {
        const c = dests[i]
        if (c && table.routes[i].target !== 'local') counts[c.family === 4 ? 'IPv4' : 'IPv6']++
      }
      // Most tables propagate nothing and hold a handful of routes: skip them before building anything.
      if (table.propagatingVgws.length === 0 && counts.IPv4 <= ROUTES_PER_TABLE && counts.IPv6 <= ROUTES_PER_TABLE) continue
      const learned = { IPv4: new Set<string>(), IPv6: new Set<string>() }
      for (const vgw of new Set(table.propagatingVgws)) {
        for (const p of indexes.learnedPrefixesOf(vgw)) {
          const c = parseCidr(p.cidr)
          if (c) learned[c.family === 4 ? 'IPv4' : 'IPv6'].add(c.canonical)
        }
      }
      for (const family of families) {
        const data = { table: table.name, count: counts[family], family }
        if (counts[family] > ROUTES_MAX) report({ messageId: 'routesMax', target: table.id, field: 'routes', severity: 'error', data })
        else if (counts[family] > ROUTES_PER_TABLE) report({ messageId: 'routes', target: table.id, field: 'routes', data, fix: 'Summarise routes, use a prefix list, or request a quota increase.' })
        if (learned[family].size > PROPAGATED_MAX) {
          report({
            messageId: 'propagated',
            target: table.id,
            field: 'propagatingVgws',
            severity: 'error',
            related: table.propagatingVgws,
            data: { table: table.name, count: learned[family].size, family, vgws: table.propagatingVgws.map((id) => index.get(id)?.name ?? id).join(', ') },
          })
        }
      }
    }
  },
})
