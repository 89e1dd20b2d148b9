import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { destinationField, isMiddlebox } from '../support/routes'

export default defineRule({
  id: 'rt-local-route',
  meta: {
    severity: 'error',
    title: 'Every VPC block keeps its local route',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
  },
  messages: {
    notABlock: 'Route table {{table}} has a local route for {{destination}}, which is not a block of VPC {{vpc}}; local routes exist only for the VPC\'s own blocks.',
    badReplacement: 'Route table {{table}} sends VPC block {{destination}} to {{target}}; the local route\'s target can only be replaced by a network interface or a Gateway Load Balancer endpoint.',
    missing: 'Route table {{table}} lists local routes but none for VPC block {{block}}; AWS keeps a local route for every block and it cannot be deleted.',
  },
  check({ index, indexes, report }) {
    // A VPC's block texts, shared by all of its tables.
    const blocksByVpc = new Map<string, ReadonlySet<string>>()
    for (const { table, vpc, destinations: dests } of indexes.tablesWithVpc()) {
      let blocks = blocksByVpc.get(vpc.id)
      if (!blocks) {
        const { v4, v6 } = indexes.blocksOf(vpc)
        blocksByVpc.set(vpc.id, (blocks = new Set([...v4, ...v6].map((b) => b.canonical))))
      }
      const covered = new Set<string>()
      for (let i = 0; i < table.routes.length; i++) {
        const route = table.routes[i]
        const dest = dests[i]
        const isBlock = dest !== null && blocks.has(dest.canonical)
        if (route.target === 'local') {
          if (isBlock) covered.add(dest!.canonical)
          else report({ messageId: 'notABlock', target: table.id, field: destinationField(route, i), related: [vpc.id], data: { table: table.name, destination: route.destination ?? route.destinationPrefixList ?? '', vpc: vpc.name } })
          continue
        }
        if (!isBlock) continue
        covered.add(dest!.canonical)
        const target = index.get(route.target)
        if (!isMiddlebox(target)) {
          report({
            messageId: 'badReplacement',
            target: table.id,
            field: `routes[${i}].target`,
            related: [route.target],
            data: { table: table.name, destination: route.destination!, target: target?.name ?? route.target },
            fix: `Set the target back to local, or to a firewall's network interface or GWLB endpoint.`,
          })
        }
      }
      // A design may leave local routes implicit (AWS creates them); once it lists them, it must list all.
      if (covered.size === 0) continue
      for (const text of [vpc.cidr, ...vpc.secondaryCidrs, ...vpc.ipv6Cidrs]) {
        const b = parseCidr(text)
        if (b && !covered.has(b.canonical)) report({ messageId: 'missing', target: table.id, field: 'routes', related: [vpc.id], data: { table: table.name, block: text }, fix: `Add ${text} → local.` })
      }
    }
  },
})
