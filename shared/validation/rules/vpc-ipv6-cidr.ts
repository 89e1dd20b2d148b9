import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

export default defineRule({
  id: 'vpc-ipv6-cidr',
  meta: {
    severity: 'error',
    title: 'IPv6 blocks are Amazon /56s, and IPv6 is used only in VPCs that have one',
    appliesTo: ['vpc', 'subnet', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    notSlash56: 'VPC {{vpc}} IPv6 block {{cidr}} is /{{prefix}}; Amazon-provided IPv6 blocks are always /56 (other sizes need IPAM or BYOIP).',
    subnetWithoutBlock: 'Subnet {{subnet}} has IPv6 block {{cidr}} but VPC {{vpc}} has no IPv6 block; associate an IPv6 /56 with the VPC first.',
    routeWithoutBlock: 'Route table {{table}} has IPv6 route {{cidr}} but VPC {{vpc}} has no IPv6 block.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      vpc.ipv6Cidrs.forEach((text, i) => {
        const c = parseCidr(text)
        if (c && c.prefix !== 56) report({ messageId: 'notSlash56', target: vpc.id, field: `ipv6Cidrs[${i}]`, data: { vpc: vpc.name, cidr: text, prefix: c.prefix } })
      })
      if (vpc.ipv6Cidrs.length > 0) continue
      for (const s of index.childrenOf(vpc.id, 'subnet')) {
        if (s.ipv6Cidr) report({ messageId: 'subnetWithoutBlock', target: s.id, field: 'ipv6Cidr', related: [vpc.id], data: { subnet: s.name, cidr: s.ipv6Cidr, vpc: vpc.name }, fix: `Add an Amazon-provided IPv6 /56 to VPC ${vpc.name}.` })
      }
      for (const t of index.childrenOf(vpc.id, 'routeTable')) {
        t.routes.forEach((r, i) => {
          const c = r.destination ? parseCidr(r.destination) : null
          if (c?.family === 6) report({ messageId: 'routeWithoutBlock', target: t.id, field: `routes[${i}].destination`, related: [vpc.id], data: { table: t.name, cidr: r.destination!, vpc: vpc.name } })
        })
      }
    }
  },
})
