import { parseCidr } from '../../net/cidr'
import { CidrIndex } from '../../net/cidr-index'
import { defineRule } from '../rule'

const ROUTES_PER_TABLE = 50

export default defineRule({
  id: 'rt-prefix-list',
  meta: {
    severity: 'warning',
    title: 'Prefix-list routes fit the route quota, are unambiguous and stay in their Region',
    appliesTo: ['routeTable', 'prefixList'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
  },
  messages: {
    quota: 'Route table {{table}} has {{plain}} {{family}} CIDR routes plus prefix lists counting {{weight}} (their max entries, not their current entries): {{total}} against a default quota of 50 routes.',
    ambiguous: 'Route table {{table}}: prefix lists {{a}} (→ {{targetA}}) and {{b}} (→ {{targetB}}) both cover {{cidr}}; AWS picks one of the two routes arbitrarily.',
    otherRegion: 'Route table {{table}} of a VPC in {{region}} uses prefix list {{list}} of {{listRegion}}; prefix lists are regional.',
  },
  check({ index, indexes, report }) {
    for (const { table, vpc, destinations: dests } of indexes.tablesWithVpc()) {
      const plain = { IPv4: 0, IPv6: 0 }
      const weight = { IPv4: 0, IPv6: 0 }
      const listed: { i: number; list: NonNullable<ReturnType<typeof index.getOf<'prefixList'>>> }[] = []
      table.routes.forEach((r, i) => {
        const c = dests[i]
        if (c && r.target !== 'local') plain[c.family === 4 ? 'IPv4' : 'IPv6']++
        const list = index.getOf('prefixList', r.destinationPrefixList)
        if (!list) return
        if (list.region !== vpc.region) {
          report({ messageId: 'otherRegion', target: table.id, field: `routes[${i}].destinationPrefixList`, severity: 'error', related: [list.id], data: { table: table.name, region: vpc.region, list: list.name, listRegion: list.region } })
        }
        // AWS-managed lists belong to gateway endpoints (vpce-gateway-routes); only customer lists count here.
        if (list.awsService) return
        weight[list.addressFamily] += list.maxEntries
        listed.push({ i, list })
      })
      for (const family of ['IPv4', 'IPv6'] as const) {
        const total = plain[family] + weight[family]
        if (plain[family] <= ROUTES_PER_TABLE && total > ROUTES_PER_TABLE) {
          report({ messageId: 'quota', target: table.id, field: 'routes', related: listed.map((l) => l.list.id), data: { table: table.name, plain: plain[family], family, weight: weight[family], total }, fix: 'Lower the max entries of the prefix lists, or request a higher routes-per-table quota.' })
        }
      }
      for (let x = 0; x < listed.length; x++) {
        const entries = new CidrIndex<string>()
        for (const e of listed[x].list.entries) entries.add(e, e)
        for (let y = x + 1; y < listed.length; y++) {
          const [a, b] = [listed[x], listed[y]]
          if (a.list.id === b.list.id || table.routes[a.i].target === table.routes[b.i].target) continue
          const hit = b.list.entries.map(parseCidr).find((c) => c !== null && entries.overlapping(c).length > 0)
          if (!hit) continue
          const name = (id: string) => index.get(id)?.name ?? id
          report({
            messageId: 'ambiguous',
            target: table.id,
            field: `routes[${b.i}].destinationPrefixList`,
            related: [a.list.id, b.list.id],
            data: { table: table.name, a: a.list.name, b: b.list.name, targetA: name(table.routes[a.i].target), targetB: name(table.routes[b.i].target), cidr: hit.text },
            fix: 'Make the lists disjoint, or replace the overlapping entries with specific CIDR routes.',
          })
        }
      }
    }
  },
})
