import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './sg-semantics'

const base = (ingress: boolean, egress: boolean) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .add({
      kind: 'securityGroup',
      id: 'sg',
      vpc: 'a',
      ingress: ingress ? [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/8' }] : [],
      egress: egress ? [{ protocol: '-1', cidr: '0.0.0.0/0' }] : [],
    })
    .workload('app', 'a-1', { securityGroups: ['sg'] })
    .build()

ruleTester(rule, {
  valid: [{ name: 'inbound and outbound rules', project: base(true, true) }],
  invalid: [
    { name: 'no inbound rules', project: base(false, true), errors: [{ messageId: 'noInbound', target: 'sg', field: 'ingress', severity: 'info', related: ['app'] }] },
    { name: 'no outbound rules', project: base(true, false), errors: [{ messageId: 'noOutbound', target: 'sg', field: 'egress' }] },
  ],
})
