import { ruleTester } from '../rule-tester'
import type { NetworkAclRule, SecurityGroupRule } from '../../model/kinds'
import { design } from '../test-helpers/design'
import rule from './filter-quotas'

const sgRules = (n: number): SecurityGroupRule[] => Array.from({ length: n }, (_, i) => ({ protocol: 'tcp', fromPort: 1000 + i, toPort: 1000 + i, cidr: '10.0.0.0/8' }))
const naclRules = (n: number): NetworkAclRule[] => Array.from({ length: n }, (_, i) => ({ ruleNumber: 100 + i, action: 'allow', protocol: 'tcp', fromPort: 1000 + i, toPort: 1000 + i, cidr: '10.0.0.0/8' }))
const base = (sg: number, nacl: number, groupsOnWorkload = 1) => {
  const d = design().vpc('a', '10.0.0.0/16').subnet('a-1', 'a', '10.0.1.0/24').add({ kind: 'securityGroup', id: 'sg', vpc: 'a', ingress: sgRules(sg) }).add({ kind: 'networkAcl', id: 'nacl', vpc: 'a', ingress: naclRules(nacl) })
  const ids = ['sg']
  for (let i = 1; i < groupsOnWorkload; i++) {
    d.add({ kind: 'securityGroup', id: `sg${i}`, vpc: 'a' })
    ids.push(`sg${i}`)
  }
  return d.workload('app', 'a-1', { securityGroups: ids }).build()
}

ruleTester(rule, {
  valid: [{ name: '60 SG rules, 19 NACL rules plus the default, 5 groups', project: base(60, 19, 5) }],
  invalid: [
    { name: '61 inbound SG rules', project: base(61, 0), errors: [{ messageId: 'sgRules', target: 'sg', field: 'ingress', message: '61' }] },
    { name: '20 NACL rules plus the default deny', project: base(0, 20), errors: [{ messageId: 'naclRules', target: 'nacl', field: 'ingress', severity: 'warning', message: '21' }] },
    { name: '6 groups on one workload', project: base(1, 0, 6), errors: [{ messageId: 'sgsPerEni', target: 'app', field: 'securityGroups', severity: 'warning' }] },
  ],
})
