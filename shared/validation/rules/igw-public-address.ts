import { defineRule } from '../rule'
import { exitTarget } from '../support/routes'

/** A public address to look up: what "the internet" means for a route table. */
const INTERNET = '198.51.100.1'

export default defineRule({
  id: 'igw-public-address',
  meta: {
    severity: 'error',
    title: 'Internet traffic through an internet gateway needs a public address and a route',
    appliesTo: ['workload', 'subnet'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  messages: {
    noPublicIp: 'Workload {{workload}} is in subnet {{subnet}}, whose route table {{table}} sends internet traffic to {{igw}}, but it has no public IPv4 or Elastic IP: its IPv4 internet traffic is dropped.',
    noRoute: 'Workload {{workload}} has a public IPv4 address, but route table {{table}} of its subnet {{subnet}} has no route to an internet gateway for internet addresses (it goes to {{via}}): the address is unreachable.',
    noIgw: 'Workload {{workload}} has a public IPv4 address, but VPC {{vpc}} has no internet gateway: the address is unreachable.',
  },
  check({ index, indexes, report }) {
    for (const w of index.all('workload')) {
      const subnet = index.getOf('subnet', w.subnet)
      const vpc = subnet && index.getOf('vpc', subnet.vpc)
      const table = subnet && indexes.routeTableOf(subnet)
      if (!subnet || !vpc) continue
      const hasPublic = w.publicIp || subnet.mapPublicIpOnLaunch
      const hit = table ? exitTarget(indexes, table, INTERNET) : undefined
      const via = hit?.target !== undefined ? index.get(hit.target) : undefined
      const toIgw = via?.kind === 'internetGateway' && via.vpc === vpc.id
      const data = { workload: w.name, subnet: subnet.name, table: table?.name ?? '(none)', vpc: vpc.name }
      // The static form of a path check: a clash between the address and the route, so a warning.
      if (toIgw && !hasPublic) {
        report({ messageId: 'noPublicIp', target: w.id, field: 'publicIp', severity: 'warning', related: [subnet.id, table!.id, via.id], data: { ...data, igw: via.name }, fix: `Give ${w.name} a public IP or Elastic IP, or move it to a private subnet behind a NAT gateway.` })
      } else if (hasPublic && !toIgw) {
        const igw = index.childrenOf(vpc.id, 'internetGateway')[0]
        if (!igw) report({ messageId: 'noIgw', target: w.id, field: 'publicIp', severity: 'warning', related: [subnet.id, vpc.id], data, fix: `Attach an internet gateway to ${vpc.name}.` })
        else report({ messageId: 'noRoute', target: w.id, field: 'publicIp', severity: 'warning', related: [subnet.id, ...(table ? [table.id] : []), igw.id], data: { ...data, via: via?.name ?? (hit?.target === undefined ? 'no route' : hit.target) }, fix: `Add 0.0.0.0/0 → ${igw.name} to ${table?.name ?? 'the subnet\'s route table'}.` })
      }
    }
  },
})
