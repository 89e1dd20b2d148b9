import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-route-evaluation'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .vpc('b', '10.1.0.0/16')
    .subnet('b-1', 'b', '10.1.1.0/24')
    .tgw('tgw')
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw', 'b', ['b-1'])

ruleTester(rule, {
  valid: [
    {
      name: 'propagated VPC blocks and a static route to another prefix',
      project: base().add({ kind: 'tgwRouteTable', id: 'rt', transitGateway: 'tgw', propagations: ['att-a', 'att-b'], routes: [{ destination: '10.1.128.0/17', target: 'blackhole' }] }).build(),
    },
  ],
  invalid: [
    {
      name: 'a static blackhole hides the propagated route of VPC b',
      project: base().add({ kind: 'tgwRouteTable', id: 'rt', transitGateway: 'tgw', propagations: ['att-a', 'att-b'], routes: [{ destination: '10.1.0.0/16', target: 'blackhole' }] }).build(),
      errors: [{ messageId: 'samePrefix', target: 'rt', field: 'routes[0]', severity: 'info', related: ['att-b'], message: 'the static route to blackhole is used; the propagated from a VPC route to att-b is hidden' }],
    },
  ],
})
