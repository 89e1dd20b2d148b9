import { CidrIndex } from '../../net/cidr-index'
import { defineRule } from '../rule'
import { nameOf } from '../names'

export default defineRule({
  id: 'tgw-overlapping-vpcs',
  meta: {
    severity: 'warning',
    title: 'VPCs propagating into one TGW route table do not overlap',
    appliesTo: ['tgwRouteTable', 'tgwVpcAttachment'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html',
  },
  messages: {
    overlap:
      'TGW route table {{table}}: {{vpc}} (attachment {{attachment}}) propagates {{block}}, which overlaps {{other}} of {{otherVpc}} (attachment {{otherAttachment}}); AWS does not propagate overlapping VPC routes, so traffic to {{vpcName}} fails unless static routes are added.',
  },
  check({ index, indexes, report }) {
    for (const table of index.all('tgwRouteTable')) {
      const seen = new CidrIndex<{ att: string; vpc: string }>()
      table.propagations.forEach((attId, i) => {
        const att = index.getOf('tgwVpcAttachment', attId)
        const vpc = index.getOf('vpc', att?.vpc)
        if (!att || !vpc) return
        const blocks = indexes.blocksOf(vpc)
        const mine = att.ipv6 ? [...blocks.v4, ...blocks.v6] : blocks.v4
        const reportedWith = new Set<string>()
        for (const c of mine) {
          for (const hit of seen.overlapping(c)) {
            if (hit.value.vpc === vpc.id || reportedWith.has(hit.value.att)) continue
            reportedWith.add(hit.value.att)
            const other = index.getOf('vpc', hit.value.vpc)
            report({
              messageId: 'overlap',
              target: table.id,
              related: [att.id, hit.value.att, vpc.id, hit.value.vpc],
              field: `propagations[${i}]`,
              data: { table: table.name, vpc: nameOf(vpc), vpcName: vpc.name, attachment: att.name, block: c.canonical, other: hit.cidr.canonical, otherVpc: nameOf(other, hit.value.vpc), otherAttachment: index.get(hit.value.att)?.name ?? hit.value.att },
              fix: `Propagate the two VPCs into different TGW route tables, or add static routes for the prefixes each side must reach.`,
            })
          }
        }
        for (const c of mine) seen.add(c, { att: att.id, vpc: vpc.id })
      })
    }
  },
})
