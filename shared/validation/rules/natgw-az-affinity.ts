import { defineRule } from '../rule'
import { azKey } from '../support/routes'

export default defineRule({
  id: 'natgw-az-affinity',
  meta: {
    severity: 'warning',
    title: 'Subnets use a NAT gateway in their own AZ',
    appliesTo: ['subnet', 'routeTable', 'natGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    crossAz: 'Subnet {{subnet}} in {{az}} sends {{destination}} to NAT gateway {{nat}} in {{natAz}} (route table {{table}}): an outage of {{natAz}} cuts its egress, and cross-AZ data charges apply.',
  },
  check({ index, indexes, report }) {
    for (const { nat, subnet: natSubnet } of indexes.placedNatGateways()) {
      if (!natSubnet) continue
      const natAz = azKey(natSubnet)
      for (const site of indexes.routesTo(nat.id)) {
        for (const s of indexes.subnetsUsing(site.table.id)) {
          if (azKey(s) === natAz) continue
          const fix = index.all('natGateway').length > 1 ? 'Use a NAT gateway in each AZ, with one route table per AZ.' : `Add a NAT gateway in ${s.az} and route ${s.name} to it.`
          report({
            messageId: 'crossAz',
            target: s.id,
            related: [site.table.id, nat.id],
            data: { subnet: s.name, az: s.az, destination: site.route.destination ?? site.route.destinationPrefixList ?? '', nat: nat.name, natAz: natSubnet.az, table: site.table.name },
            fix,
          })
        }
      }
    }
  },
})
