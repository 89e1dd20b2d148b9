import { defineRule } from '../rule'
import { nameOf } from '../names'
import { peerVpcId } from '../topology'

export default defineRule({
  id: 'vpce-gateway-not-transitive',
  meta: {
    severity: 'error',
    title: 'A gateway endpoint serves only its own VPC',
    appliesTo: ['gatewayEndpoint', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpce-gateway.html',
  },
  messages: {
    otherVpcTable: 'Gateway endpoint {{endpoint}} of {{vpc}} lists route table {{table}} of {{otherVpc}}; a gateway endpoint is used only by subnets of its own VPC.',
    overPeering:
      'Route table {{table}} sends {{list}} ({{service}}) to peering {{peering}}, expecting {{peer}} to pass it to its gateway endpoint; gateway endpoints do not serve traffic from peered VPCs, TGWs, VPN or Direct Connect.',
  },
  check({ index, indexes, report }) {
    for (const e of index.all('gatewayEndpoint')) {
      const vpc = index.getOf('vpc', e.vpc)
      e.routeTables.forEach((tableId, i) => {
        const table = index.getOf('routeTable', tableId)
        if (!table || table.vpc === e.vpc) return
        report({
          messageId: 'otherVpcTable',
          target: e.id,
          related: [table.id, table.vpc],
          field: `routeTables[${i}]`,
          data: { endpoint: e.name, vpc: nameOf(vpc, e.vpc), table: table.name, otherVpc: nameOf(index.get(table.vpc), table.vpc) },
          fix: `Create a gateway endpoint in ${index.get(table.vpc)?.name ?? table.vpc}, or an interface endpoint that other networks can reach.`,
        })
      })
    }
    for (const p of index.all('peeringConnection')) {
      for (const site of indexes.routesTo(p.id)) {
        const list = index.getOf('prefixList', site.route.destinationPrefixList)
        if (!list?.awsService) continue
        const peer = index.getOf('vpc', peerVpcId(p, site.table.vpc))
        report({
          messageId: 'overPeering',
          target: site.table.id,
          related: [p.id, list.id, ...(peer ? [peer.id] : [])],
          field: `routes[${site.index}].destinationPrefixList`,
          data: { table: site.table.name, list: list.name, service: list.awsService === 's3' ? 'Amazon S3' : 'DynamoDB', peering: p.name, peer: nameOf(peer, '?') },
          fix: `Add a gateway endpoint to ${index.get(site.table.vpc)?.name ?? site.table.vpc} itself, or use an interface endpoint in ${peer?.name ?? 'the peer'} addressed by its IP.`,
        })
      }
    }
  },
})
