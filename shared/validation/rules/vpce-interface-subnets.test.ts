import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-interface-subnets'

const base = (subnets: string[]) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { az: 'eu-west-1a' })
    .subnet('a-2', 'a', '10.0.2.0/24', { az: 'eu-west-1b' })
    .subnet('a-3', 'a', '10.0.3.0/24', { az: 'eu-west-1a' })
    .subnet('b-1', 'b', '10.1.1.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'a', service: 'com.amazonaws.eu-west-1.ssm', subnets })
    .build()

ruleTester(rule, {
  valid: [{ name: 'one subnet in each of two AZs', project: base(['a-1', 'a-2']) }],
  invalid: [
    { name: 'two subnets in eu-west-1a', project: base(['a-1', 'a-3']), errors: [{ messageId: 'sameAz', target: 'vpce', field: 'subnets[1]', related: ['a-3', 'a-1'], hasFix: true }] },
    { name: 'a subnet of another VPC', project: base(['a-1', 'b-1']), errors: [{ messageId: 'otherVpc', target: 'vpce', field: 'subnets[1]' }] },
  ],
})
