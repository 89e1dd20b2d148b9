import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-interface-sg'

const base = (port: number, groups = ['sg-vpce']) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .add({ kind: 'securityGroup', id: 'sg-vpce', vpc: 'a', ingress: [{ protocol: 'tcp', fromPort: port, toPort: port, cidr: '10.0.0.0/16' }] })
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'a', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['a-1'], securityGroups: groups })
    .build()

ruleTester(rule, {
  valid: [{ name: 'HTTPS allowed for an AWS service', project: base(443) }],
  invalid: [
    { name: 'only 80 allowed', project: base(80), errors: [{ messageId: 'portClosed', target: 'vpce', field: 'securityGroups', related: ['sg-vpce'], message: 'TCP 443', hasFix: true }] },
    { name: 'no group at all', project: base(443, []), errors: [{ messageId: 'noGroups', target: 'vpce' }] },
  ],
})
