import { vpcIpv4Cidrs } from '../../model/kinds'
import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

export default defineRule({
  id: 'vpc-cidr-ipv4-size',
  meta: {
    severity: 'error',
    title: 'VPC IPv4 blocks are between /16 and /28',
    appliesTo: ['vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    tooLarge: 'VPC {{vpc}} block {{cidr}} is larger than /16 ({{addresses}} addresses); AWS allows /16 (65,536 addresses) to /28.',
    tooSmall: 'VPC {{vpc}} block {{cidr}} is smaller than /28; AWS allows /16 to /28 (16 addresses).',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      vpcIpv4Cidrs(vpc).forEach((text, i) => {
        const c = parseCidr(text)
        if (!c || (c.prefix >= 16 && c.prefix <= 28)) return
        const field = i === 0 ? 'cidr' : `secondaryCidrs[${i - 1}]`
        const large = c.prefix < 16
        report({
          messageId: large ? 'tooLarge' : 'tooSmall',
          target: vpc.id,
          field,
          data: { vpc: vpc.name, cidr: text, addresses: (2 ** (32 - c.prefix)).toLocaleString('en-US') },
          fix: large ? `Use a /16 or smaller block, e.g. ${c.canonical.split('/')[0]}/16, and add secondary blocks for more space.` : 'Use a block of at least /28.',
        })
      })
    }
  },
})
