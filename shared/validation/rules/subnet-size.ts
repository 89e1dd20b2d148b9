import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

export default defineRule({
  id: 'subnet-size',
  meta: {
    severity: 'error',
    title: 'Subnets are /16 to /28 (IPv4) and /64 (IPv6)',
    appliesTo: ['subnet'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
  messages: {
    v4: 'Subnet {{subnet}} block {{cidr}} is /{{prefix}}; IPv4 subnets are /16 (65,536 addresses) to /28 (16 addresses).',
    v6: 'Subnet {{subnet}} IPv6 block {{cidr}} is /{{prefix}}; subnets of an Amazon-provided IPv6 block are /64.',
  },
  check({ index, report }) {
    for (const s of index.all('subnet')) {
      const c = parseCidr(s.cidr)
      if (c && (c.prefix < 16 || c.prefix > 28)) {
        report({ messageId: 'v4', target: s.id, field: 'cidr', data: { subnet: s.name, cidr: s.cidr, prefix: c.prefix }, fix: c.prefix < 16 ? 'Split it into /16 or smaller subnets.' : 'Use at least a /28.' })
      }
      const c6 = s.ipv6Cidr ? parseCidr(s.ipv6Cidr) : null
      if (c6 && c6.prefix !== 64) report({ messageId: 'v6', target: s.id, field: 'ipv6Cidr', data: { subnet: s.name, cidr: s.ipv6Cidr!, prefix: c6.prefix }, fix: 'Use a /64 of the VPC IPv6 block.' })
    }
  },
})
