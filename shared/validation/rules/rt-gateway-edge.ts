import { nameOf } from '../names'
import { defineRule } from '../rule'
import { destinationOf, isMiddlebox } from '../support/routes'

export default defineRule({
  id: 'rt-gateway-edge',
  meta: {
    severity: 'error',
    title: 'Gateway route tables only steer traffic for the VPC to a middlebox',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html',
  },
  messages: {
    gatewayOtherVpc: 'Route table {{table}} is associated with {{gateway}}, which is not attached to VPC {{vpc}}.',
    gatewayTwoTables: '{{gateway}} is associated with route tables {{tables}}; a gateway has one gateway route table.',
    propagation: 'Gateway route table {{table}} has route propagation enabled; gateway route tables do not support propagation.',
    prefixList: 'Gateway route table {{table}} uses prefix list {{list}} as a destination; gateway route tables accept only CIDRs.',
    target: 'Gateway route table {{table}} sends {{destination}} to {{target}}; a gateway route table may only target local, a network interface or a Gateway Load Balancer endpoint.',
    destination: 'Gateway route table {{table}} has a route for {{destination}}, which is neither a whole block nor a whole subnet of VPC {{vpc}}.',
    vgwGwlb: 'Gateway route table {{table}} of virtual private gateway {{gateway}} sends {{destination}} to Gateway Load Balancer endpoint {{target}}: AWS accepts it, but the traffic is dropped.',
  },
  check({ index, indexes, report }) {
    for (const { table, vpc } of indexes.tablesWithVpc()) {
      if (table.edgeAssociations.length === 0) continue
      const data = { table: table.name, vpc: vpc.name }
      table.edgeAssociations.forEach((gid, i) => {
        const g = index.get(gid)
        if (!g || (g.kind !== 'internetGateway' && g.kind !== 'vpnGateway')) return
        if (g.vpc !== vpc.id) report({ messageId: 'gatewayOtherVpc', target: table.id, field: `edgeAssociations[${i}]`, related: [gid], data: { ...data, gateway: nameOf(g) } })
        const tables = indexes.edgeTablesOf(gid)
        if (tables.length > 1 && tables[0].id !== table.id) {
          report({ messageId: 'gatewayTwoTables', target: table.id, field: `edgeAssociations[${i}]`, related: tables.map((t) => t.id), data: { gateway: nameOf(g).replace(/^./, (c) => c.toUpperCase()), tables: tables.map((t) => t.name).join(', ') } })
        }
      })
      if (table.propagatingVgws.length > 0) report({ messageId: 'propagation', target: table.id, field: 'propagatingVgws', data, fix: 'Turn propagation off on this table.' })
      const blocks = new Set([...indexes.blocksOf(vpc).v4, ...indexes.blocksOf(vpc).v6].map((b) => b.canonical))
      const subnets = indexes.subnetBlocksOf(vpc.id)
      const viaVgw = table.edgeAssociations.map((id) => index.get(id)).find((g) => g?.kind === 'vpnGateway')
      table.routes.forEach((route, i) => {
        if (route.destinationPrefixList !== undefined) {
          report({ messageId: 'prefixList', target: table.id, field: `routes[${i}].destinationPrefixList`, related: [route.destinationPrefixList], data: { ...data, list: index.get(route.destinationPrefixList)?.name ?? route.destinationPrefixList } })
          return
        }
        const dest = destinationOf(route)
        const target = route.target === 'local' ? undefined : index.get(route.target)
        const rdata = { ...data, destination: route.destination ?? '', target: target ? nameOf(target) : route.target }
        if (route.target !== 'local' && !isMiddlebox(target)) {
          report({ messageId: 'target', target: table.id, field: `routes[${i}].target`, related: [route.target], data: rdata, fix: 'Point the route at the firewall interface or GWLB endpoint, or move it to a subnet route table.' })
        } else if (viaVgw && target?.kind === 'interfaceEndpoint') {
          report({ messageId: 'vgwGwlb', target: table.id, field: `routes[${i}].target`, severity: 'warning', related: [target.id, viaVgw.id], data: { ...rdata, gateway: viaVgw.name } })
        }
        if (dest && !blocks.has(dest.canonical) && !subnets.has(dest.canonical)) {
          report({ messageId: 'destination', target: table.id, field: `routes[${i}].destination`, data: rdata, fix: 'Use a whole VPC block or a whole subnet CIDR as destination.' })
        }
      })
    }
  },
})
