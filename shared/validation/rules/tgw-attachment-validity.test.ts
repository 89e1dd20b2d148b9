import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-attachment-validity'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { az: 'eu-west-1a' })
    .subnet('a-2', 'a', '10.0.2.0/24', { az: 'eu-west-1b' })
    .subnet('a-3', 'a', '10.0.3.0/24', { az: 'eu-west-1a' })
    .tgw('tgw')

ruleTester(rule, {
  valid: [{ name: 'one subnet in each of two AZs', project: base().tgwAttachment('att', 'tgw', 'a', ['a-1', 'a-2']).build() }],
  invalid: [
    {
      name: 'two subnets in eu-west-1a',
      project: base().tgwAttachment('att', 'tgw', 'a', ['a-1', 'a-3']).build(),
      errors: [{ messageId: 'sameAz', target: 'att', field: 'subnets[1]', related: ['a-3', 'a-1'], hasFix: true }],
    },
    {
      name: 'VPC in another Region, attached twice, IPv6 without IPv6 subnets',
      project: design()
        .vpc('b', '10.1.0.0/16', { region: 'us-east-1' })
        .subnet('b-1', 'b', '10.1.1.0/24')
        .tgw('tgw')
        .tgwAttachment('att1', 'tgw', 'b', ['b-1'], { ipv6: true })
        .tgwAttachment('att2', 'tgw', 'b', ['b-1'])
        .build(),
      errors: [
        { messageId: 'ipv6Subnet', target: 'att1', field: 'subnets[0]' },
        { messageId: 'crossRegion', target: 'att1', field: 'vpc' },
        { messageId: 'duplicate', target: 'att2', related: ['att1'] },
        { messageId: 'crossRegion', target: 'att2' },
      ],
    },
  ],
})
