import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-az-affinity'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('pub-a', 'a', '10.0.0.0/24', { az: 'eu-west-1a' })
    .subnet('pub-b', 'a', '10.0.1.0/24', { az: 'eu-west-1b' })
    .nat('nat-a', 'pub-a')
    .nat('nat-b', 'pub-b')
    .routeTable('rt-a', 'a', [{ destination: '0.0.0.0/0', target: 'nat-a' }])
    .routeTable('rt-b', 'a', [{ destination: '0.0.0.0/0', target: 'nat-b' }])

ruleTester(rule, {
  valid: [
    {
      name: 'one NAT gateway and one private table per AZ',
      project: base().subnet('app-a', 'a', '10.0.10.0/24', { az: 'eu-west-1a', routeTable: 'rt-a' }).subnet('app-b', 'a', '10.0.11.0/24', { az: 'eu-west-1b', routeTable: 'rt-b' }).build(),
    },
  ],
  invalid: [
    {
      name: 'a shared private table sending both AZs to the NAT gateway of AZ a',
      project: base().subnet('app-a', 'a', '10.0.10.0/24', { az: 'eu-west-1a', routeTable: 'rt-a' }).subnet('app-b', 'a', '10.0.11.0/24', { az: 'eu-west-1b', routeTable: 'rt-a' }).build(),
      errors: [{ messageId: 'crossAz', target: 'app-b', related: ['rt-a', 'nat-a'], message: 'in eu-west-1b sends 0.0.0.0/0 to NAT gateway nat-a in eu-west-1a', hasFix: true }],
    },
  ],
})
