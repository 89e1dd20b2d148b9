import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-az-coverage'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('app-a', 'a', '10.0.1.0/24', { az: 'eu-west-1a', routeTable: 'rt' })
    .subnet('app-b', 'a', '10.0.2.0/24', { az: 'eu-west-1b', routeTable: 'rt' })
    .subnet('tgw-a', 'a', '10.0.255.0/28', { az: 'eu-west-1a' })
    .subnet('tgw-b', 'a', '10.0.255.16/28', { az: 'eu-west-1b' })
    .routeTable('rt', 'a', [{ destination: '10.0.0.0/8', target: 'tgw' }])
    .tgw('tgw')

ruleTester(rule, {
  valid: [{ name: 'attachment subnets in both app AZs', project: base().tgwAttachment('att', 'tgw', 'a', ['tgw-a', 'tgw-b']).build() }],
  invalid: [
    {
      name: 'attachment only in AZ a; the AZ b app subnet routes to the TGW',
      project: base().tgwAttachment('att', 'tgw', 'a', ['tgw-a']).build(),
      errors: [{ messageId: 'uncovered', target: 'app-b', field: 'az', related: ['att', 'rt', 'tgw'], message: 'eu-west-1b', hasFix: true }],
    },
  ],
})
