import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-sg-referencing'

const base = (tgwReferencing: boolean, direction: 'ingress' | 'egress' = 'ingress') =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .vpc('b', '10.1.0.0/16')
    .subnet('b-1', 'b', '10.1.1.0/24')
    .tgw('tgw', { securityGroupReferencing: tgwReferencing })
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw', 'b', ['b-1'])
    .add({ kind: 'securityGroup', id: 'sg-b', vpc: 'b' })
    .add({ kind: 'securityGroup', id: 'sg-a', vpc: 'a', [direction]: [{ protocol: 'tcp', fromPort: 443, toPort: 443, securityGroup: 'sg-b' }] })

ruleTester(rule, {
  valid: [{ name: 'inbound reference with referencing enabled', project: base(true).build() }],
  invalid: [
    { name: 'TGW referencing disabled (default)', project: base(false).build(), errors: [{ messageId: 'tgwDisabled', target: 'sg-a', field: 'ingress[0].securityGroup', related: ['sg-b', 'tgw'], hasFix: true }] },
    { name: 'outbound rule', project: base(true, 'egress').build(), errors: [{ messageId: 'outbound', target: 'sg-a', field: 'egress[0].securityGroup' }] },
  ],
})
