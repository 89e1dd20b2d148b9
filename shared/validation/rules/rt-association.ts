import { defineRule } from '../rule'

export default defineRule({
  id: 'rt-association',
  meta: {
    severity: 'error',
    title: 'Subnets use a route table of their own VPC, and each VPC has one main table',
    appliesTo: ['subnet', 'routeTable', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-route-tables.html',
  },
  messages: {
    otherVpc: 'Subnet {{subnet}} of VPC {{vpc}} is associated with route table {{table}} of VPC {{tableVpc}}; a subnet can only use a table of its own VPC.',
    noMain: 'VPC {{vpc}} has no main route table, yet subnets {{subnets}} have no explicit association and rely on it.',
    twoMains: 'VPC {{vpc}} has more than one main route table ({{tables}}); a VPC has exactly one.',
    mainIsGateway: 'Main route table {{table}} is associated with gateway {{gateway}}; the main table cannot be a gateway route table.',
  },
  check({ index, indexes, report }) {
    for (const s of index.all('subnet')) {
      if (s.routeTable === undefined) continue
      const table = index.getOf('routeTable', s.routeTable)
      if (!table || table.vpc === s.vpc) continue
      report({
        messageId: 'otherVpc',
        target: s.id,
        field: 'routeTable',
        related: [table.id],
        data: { subnet: s.name, vpc: index.get(s.vpc)?.name ?? s.vpc, table: table.name, tableVpc: index.get(table.vpc)?.name ?? table.vpc },
        fix: `Associate ${s.name} with a route table of its own VPC.`,
      })
    }
    for (const vpc of index.all('vpc')) {
      const mains = indexes.mainTablesOf(vpc.id)
      if (mains.length === 0) {
        const implicit = index.childrenOf(vpc.id, 'subnet').filter((s) => s.routeTable === undefined)
        if (implicit.length > 0) {
          report({
            messageId: 'noMain',
            target: vpc.id,
            related: implicit.map((s) => s.id),
            data: { vpc: vpc.name, subnets: implicit.map((s) => s.name).join(', ') },
            fix: `Mark one route table of ${vpc.name} as main (AWS creates one with every VPC).`,
          })
        }
      }
      for (const extra of mains.slice(1)) {
        report({ messageId: 'twoMains', target: extra.id, field: 'main', related: mains.map((t) => t.id), data: { vpc: vpc.name, tables: mains.map((t) => t.name).join(', ') } })
      }
      for (const t of mains) {
        t.edgeAssociations.forEach((g, i) => {
          report({ messageId: 'mainIsGateway', target: t.id, field: `edgeAssociations[${i}]`, related: [g], data: { table: t.name, gateway: index.get(g)?.name ?? g }, fix: 'Put the gateway association on a separate, non-main route table.' })
        })
      }
    }
  },
})
