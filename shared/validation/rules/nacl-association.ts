import { defineRule } from '../rule'
import { nameOf } from '../names'

export default defineRule({
  id: 'nacl-association',
  meta: {
    severity: 'error',
    title: 'Subnets use one network ACL of their own VPC',
    appliesTo: ['subnet', 'networkAcl'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  messages: {
    otherVpc: '{{subnet}} of {{vpc}} is associated with network ACL {{nacl}}, which belongs to another VPC.',
    twoDefaults: 'Network ACL {{nacl}} is marked default, but {{vpc}} already has default NACL {{first}}; a VPC has exactly one default network ACL.',
  },
  check({ index, report }) {
    for (const s of index.all('subnet')) {
      const nacl = index.getOf('networkAcl', s.networkAcl)
      if (!nacl || nacl.vpc === s.vpc) continue
      report({ messageId: 'otherVpc', target: s.id, related: [nacl.id], field: 'networkAcl', data: { subnet: nameOf(s), vpc: index.get(s.vpc)?.name ?? s.vpc, nacl: nacl.name }, fix: `Choose a network ACL of ${index.get(s.vpc)?.name ?? s.vpc}.` })
    }
    const defaults = new Map<string, string>()
    for (const nacl of index.all('networkAcl')) {
      if (!nacl.default) continue
      const first = defaults.get(nacl.vpc)
      if (!first) {
        defaults.set(nacl.vpc, nacl.id)
        continue
      }
      report({ messageId: 'twoDefaults', target: nacl.id, related: [first], field: 'default', data: { nacl: nacl.name, vpc: nameOf(index.get(nacl.vpc), nacl.vpc), first: index.get(first)?.name ?? first }, fix: 'Set default: false and associate it with subnets explicitly.' })
    }
  },
})
