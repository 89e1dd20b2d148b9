import { defineRule } from '../rule'

export default defineRule({
  id: 'natgw-per-az-cost',
  meta: {
    severity: 'info',
    title: 'NAT gateways are neither idle nor duplicated in one AZ',
    appliesTo: ['natGateway'],
    docs: 'https://aws.amazon.com/vpc/pricing/',
  },
  messages: {
    idle: 'NAT gateway {{nat}} ({{az}}) is the target of no route: it is billed per hour while carrying no traffic.',
    sameAz: 'NAT gateways {{first}} and {{nat}} of VPC {{vpc}} share {{az}}: one zonal NAT gateway per AZ is enough (each is billed per hour), unless you need more than 55,000 connections per destination.',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      const perAz = new Map<string, string>()
      for (const nat of indexes.natGatewaysOf(vpc.id)) {
        const az = index.getOf('subnet', nat.subnet)?.az ?? '?'
        const first = perAz.get(az)
        if (first) report({ messageId: 'sameAz', target: nat.id, related: [first], field: 'subnet', data: { first: index.get(first)?.name ?? first, nat: nat.name, vpc: vpc.name, az }, fix: `Point ${nat.name}'s routes at ${index.get(first)?.name ?? first} and delete it.` })
        else perAz.set(az, nat.id)
        if (indexes.routesTo(nat.id).length === 0) report({ messageId: 'idle', target: nat.id, data: { nat: nat.name, az }, fix: `Route the private subnets of ${az} to ${nat.name}, or delete it.` })
      }
    }
  },
})
