import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-per-az-cost'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('pub-a', 'a', '10.0.0.0/24', { az: 'eu-west-1a' })
    .subnet('pub-b', 'a', '10.0.1.0/24', { az: 'eu-west-1b' })
    .subnet('priv-a', 'a', '10.0.10.0/24', { az: 'eu-west-1a', routeTable: 'rt-a' })
    .subnet('priv-b', 'a', '10.0.11.0/24', { az: 'eu-west-1b', routeTable: 'rt-b' })
    .nat('nat-a', 'pub-a')
    .nat('nat-b', 'pub-b')
    .routeTable('rt-a', 'a', [{ destination: '0.0.0.0/0', target: 'nat-a' }])

ruleTester(rule, {
  valid: [{ name: 'one used NAT gateway per AZ', project: base().routeTable('rt-b', 'a', [{ destination: '0.0.0.0/0', target: 'nat-b' }]).build() }],
  invalid: [
    { name: 'nat-b carries no route', project: base().routeTable('rt-b', 'a', []).build(), errors: [{ messageId: 'idle', target: 'nat-b', severity: 'info', hasFix: true }] },
    {
      name: 'two NAT gateways in eu-west-1a',
      project: base().routeTable('rt-b', 'a', [{ destination: '0.0.0.0/0', target: 'nat-b' }]).nat('nat-a2', 'pub-a').route('rt-b', '10.9.0.0/16', 'nat-a2').build(),
      errors: [{ messageId: 'sameAz', target: 'nat-a2', field: 'subnet', related: ['nat-a'] }],
    },
  ],
})
