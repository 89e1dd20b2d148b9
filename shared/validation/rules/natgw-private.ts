import { defineRule } from '../rule'
import { coversPublicSpace, destinationOf, exitTarget } from '../support/routes'
import { natElasticIps } from '../../model/kinds'

export default defineRule({
  id: 'natgw-private',
  meta: {
    severity: 'error',
    title: 'A private NAT gateway has no Elastic IP and is not used for internet egress',
    appliesTo: ['natGateway', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    eips: 'Private NAT gateway {{nat}} lists {{count}} Elastic IPs; a private NAT gateway cannot have Elastic IPs.',
    internet: 'Route table {{table}} sends {{destination}} to private NAT gateway {{nat}}, whose subnet {{subnet}} forwards it to internet gateway {{igw}}: the internet gateway drops traffic from a private NAT gateway.',
  },
  check({ index, indexes, report }) {
    for (const nat of index.all('natGateway')) {
      if (nat.connectivity !== 'private') continue
      if (natElasticIps(nat) > 0) report({ messageId: 'eips', target: nat.id, field: 'elasticIps', data: { nat: nat.name, count: natElasticIps(nat) }, fix: 'Set elasticIps to 0, or make the NAT gateway public.' })
      const subnet = index.getOf('subnet', nat.subnet)
      const natTable = subnet && indexes.routeTableOf(subnet)
      if (!subnet || !natTable) continue
      for (const site of indexes.routesTo(nat.id)) {
        const dest = destinationOf(site.route)
        if (!dest || !coversPublicSpace(dest)) continue
        const probe = dest.prefix === 0 ? '198.51.100.1' : dest.canonical.split('/')[0]
        const next = exitTarget(indexes, natTable, probe).target
        const igw = next ? index.getOf('internetGateway', next) : undefined
        if (!igw) continue
        report({
          messageId: 'internet',
          target: site.table.id,
          field: `routes[${site.index}]`,
          related: [nat.id, natTable.id, igw.id],
          data: { table: site.table.name, destination: site.route.destination!, nat: nat.name, subnet: subnet.name, igw: igw.name },
          fix: 'Use a public NAT gateway for internet egress; keep the private one for VPC and on-premises destinations.',
        })
      }
    }
  },
})
