import { overlaps, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

export default defineRule({
  id: 'subnet-in-vpc-cidr',
  meta: {
    severity: 'error',
    title: 'A subnet lies inside one block of its VPC',
    appliesTo: ['subnet'],
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html',
  },
  messages: {
    outside: 'Subnet {{subnet}} ({{cidr}}) is outside every IPv4 block of VPC {{vpc}} ({{blocks}}).',
    straddles: 'Subnet {{subnet}} ({{cidr}}) straddles blocks of VPC {{vpc}} ({{blocks}}); a subnet must lie inside one single block.',
    outsideV6: 'Subnet {{subnet}} IPv6 block {{cidr}} is outside every IPv6 block of VPC {{vpc}} ({{blocks}}).',
  },
  check({ indexes, report }) {
    for (const { subnet: s, vpc } of indexes.subnetsWithVpc()) {
      const { v4, v6 } = indexes.blocksOf(vpc)
      const c = parseCidr(s.cidr)
      if (c && !indexes.blockContaining(vpc, c)) {
        const straddles = v4.some((b) => overlaps(b, c))
        report({
          messageId: straddles ? 'straddles' : 'outside',
          target: s.id,
          field: 'cidr',
          related: [vpc.id],
          data: { subnet: s.name, cidr: s.cidr, vpc: vpc.name, blocks: v4.map((b) => b.text).join(', ') },
          fix: straddles ? 'Split the subnet so that each part lies inside one block.' : `Choose a block inside ${vpc.cidr}, or add a secondary block to the VPC that contains ${s.cidr}.`,
        })
      }
      const c6 = s.ipv6Cidr ? parseCidr(s.ipv6Cidr) : null
      // Without any IPv6 block in the VPC, vpc-ipv6-cidr reports the subnet instead.
      if (c6 && v6.length > 0 && !indexes.blockContaining(vpc, c6)) {
        report({ messageId: 'outsideV6', target: s.id, field: 'ipv6Cidr', related: [vpc.id], data: { subnet: s.name, cidr: s.ipv6Cidr!, vpc: vpc.name, blocks: v6.map((b) => b.text).join(', ') } })
      }
    }
  },
})
