import { defineRule } from '../rule'

export default defineRule({
  id: 'vpce-gateway-routes',
  meta: {
    severity: 'error',
    title: 'Gateway endpoint routes come from route table associations',
    appliesTo: ['gatewayEndpoint', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpce-gateway.html',
  },
  messages: {
    manualRoute: 'Route table {{table}} has a hand-written route to gateway endpoint {{endpoint}}; AWS creates and removes that route only by associating the table with the endpoint.',
    twoEndpoints: 'Route table {{table}} is associated with gateway endpoints {{first}} and {{endpoint}}, both for {{service}}; a table can use one endpoint per service.',
    overridden:
      'Route table {{table}} is associated with gateway endpoint {{endpoint}} but also sends prefix list {{list}} to {{target}}; that static route wins over the endpoint route, so {{service}} traffic bypasses the endpoint.',
    noDns: 'Gateway endpoint {{endpoint}} is in {{vpc}}, which has DNS resolution (enableDnsSupport) off: clients resolve {{service}} only through a custom resolver returning its public addresses.',
  },
  check({ index, indexes, report }) {
    for (const e of index.all('gatewayEndpoint')) {
      const service = e.service === 's3' ? 'Amazon S3' : 'DynamoDB'
      for (const site of indexes.routesTo(e.id)) {
        report({ messageId: 'manualRoute', target: site.table.id, related: [e.id], field: `routes[${site.index}]`, data: { table: site.table.name, endpoint: e.name }, fix: `Delete the route and add ${site.table.name} to ${e.name}.routeTables.` })
      }
      e.routeTables.forEach((tableId, i) => {
        const table = index.getOf('routeTable', tableId)
        if (!table) return
        const first = indexes.gatewayEndpointsOf(tableId).find((o) => o.service === e.service)
        if (first && first.id !== e.id) {
          report({ messageId: 'twoEndpoints', target: e.id, related: [first.id, table.id], field: `routeTables[${i}]`, data: { table: table.name, first: first.name, endpoint: e.name, service }, fix: `Remove ${table.name} from ${e.name}.` })
        }
        table.routes.forEach((r, j) => {
          const list = index.getOf('prefixList', r.destinationPrefixList)
          const target = index.get(r.target)
          if (list?.awsService !== e.service || (target?.kind !== 'internetGateway' && target?.kind !== 'natGateway')) return
          report({ messageId: 'overridden', severity: 'warning', target: table.id, related: [e.id, target.id], field: `routes[${j}]`, data: { table: table.name, endpoint: e.name, list: list.name, target: target.name, service }, fix: `Delete routes[${j}] so the endpoint route applies.` })
        })
      })
      const vpc = index.getOf('vpc', e.vpc)
      if (vpc && !vpc.enableDnsSupport) report({ messageId: 'noDns', severity: 'warning', target: e.id, related: [vpc.id], data: { endpoint: e.name, vpc: vpc.name, service }, fix: `Enable DNS resolution on ${vpc.name}.` })
    }
  },
})
