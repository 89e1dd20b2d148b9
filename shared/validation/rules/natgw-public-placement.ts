import { defineRule } from '../rule'
import { exitTarget } from '../support/routes'
import { natElasticIps } from '../../model/kinds'

/** A public address to look up: what "the internet" means for the NAT gateway's own subnet. */
const INTERNET = '198.51.100.1'

export default defineRule({
  id: 'natgw-public-placement',
  meta: {
    severity: 'error',
    title: 'A public NAT gateway has an Elastic IP and sits in a subnet routed to an internet gateway',
    appliesTo: ['natGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    noEip: 'Public NAT gateway {{nat}} has no Elastic IP; a public NAT gateway needs one to translate to.',
    noIgw: 'Public NAT gateway {{nat}} is in VPC {{vpc}}, which has no internet gateway: its traffic cannot reach the internet.',
    loop: 'Public NAT gateway {{nat}} sits in subnet {{subnet}}, whose route table {{table}} sends internet traffic back to {{nat}} itself: the traffic loops and is dropped.',
    notIgw: 'Public NAT gateway {{nat}} sits in subnet {{subnet}}, whose route table {{table}} sends internet traffic to {{via}} instead of an internet gateway: place it in a public subnet.',
  },
  check({ index, indexes, report }) {
    for (const { nat, subnet, vpc } of indexes.placedNatGateways()) {
      if (nat.connectivity !== 'public') continue
      if (!subnet || !vpc) continue
      const data = { nat: nat.name, vpc: vpc.name, subnet: subnet.name }
      if (natElasticIps(nat) === 0) report({ messageId: 'noEip', target: nat.id, field: 'elasticIps', data, fix: 'Allocate an Elastic IP to the NAT gateway.' })
      const igw = index.childrenOf(vpc.id, 'internetGateway')[0]
      if (!igw) {
        report({ messageId: 'noIgw', target: nat.id, related: [vpc.id], data, fix: `Attach an internet gateway to ${vpc.name}, or make the NAT gateway private.` })
        continue
      }
      const table = indexes.routeTableOf(subnet)
      const hit = table ? exitTarget(indexes, table, INTERNET) : undefined
      const via = hit?.target !== undefined && hit.target !== 'local' ? index.get(hit.target) : undefined
      if (via?.kind === 'internetGateway' && via.vpc === vpc.id) continue
      const related = [subnet.id, ...(table ? [table.id] : []), igw.id]
      const tdata = { ...data, table: table?.name ?? '(none)', via: via?.name ?? 'no route' }
      const fix = `Place ${nat.name} in a subnet whose route table has 0.0.0.0/0 → ${igw.name}.`
      if (via?.id === nat.id) report({ messageId: 'loop', target: nat.id, field: 'subnet', related, data: tdata, fix })
      else report({ messageId: 'notIgw', target: nat.id, field: 'subnet', related, data: tdata, fix })
    }
  },
})
