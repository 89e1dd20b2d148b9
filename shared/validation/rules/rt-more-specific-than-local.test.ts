import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-more-specific-than-local'

const base = (destination: string, target: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx', 'a', 'b')
    .subnet('app', 'a', '10.0.1.0/24')
    .subnet('fw-s', 'a', '10.0.9.0/24')
    .workload('fw', 'fw-s', { sourceDestCheck: false })
    .routeTable('rt', 'a', [{ destination, target }])
    .build()

ruleTester(rule, {
  valid: [
    { name: 'a whole subnet to a firewall interface', project: base('10.0.1.0/24', 'fw') },
    { name: 'a route covering the VPC from outside is not more specific', project: base('10.0.0.0/8', 'pcx') },
  ],
  invalid: [
    { name: 'half a subnet to a firewall', project: base('10.0.1.0/25', 'fw'), errors: [{ messageId: 'notSubnet', target: 'rt', field: 'routes[0].destination', hasFix: true }] },
    { name: 'a whole subnet to a peering connection', project: base('10.0.1.0/24', 'pcx'), errors: [{ messageId: 'badTarget', target: 'rt', field: 'routes[0].target', related: ['pcx', 'app'] }] },
  ],
})
