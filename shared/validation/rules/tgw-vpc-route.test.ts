import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-vpc-route'

const base = (routesA: { destination: string; target: string }[]) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .routeTable('rt-a', 'a', routesA)
    .vpc('b', '10.1.0.0/16')
    .subnet('b-1', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
    .routeTable('rt-b', 'b', [{ destination: '10.0.0.0/8', target: 'tgw' }])
    .tgw('tgw')
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw', 'b', ['b-1'])
    .add({ kind: 'tgwRouteTable', id: 'tgw-rt', transitGateway: 'tgw', associations: ['att-a', 'att-b'], propagations: ['att-a', 'att-b'] })

ruleTester(rule, {
  valid: [{ name: 'both VPCs send 10.0.0.0/8 to the TGW', project: base([{ destination: '10.0.0.0/8', target: 'tgw' }]).build() }],
  invalid: [
    {
      name: "a's subnets never send b's block to the TGW",
      project: base([]).build(),
      errors: [{ messageId: 'unrouted', target: 'att-a', severity: 'warning', message: '10.1.0.0/16', hasFix: true }],
    },
    {
      name: 'a route to a TGW the VPC is not attached to',
      project: base([{ destination: '10.0.0.0/8', target: 'tgw' }]).vpc('c', '10.2.0.0/16').routeTable('rt-c', 'c', [{ destination: '10.0.0.0/8', target: 'tgw' }]).build(),
      errors: [{ messageId: 'notAttached', target: 'rt-c', field: 'routes[0].target', severity: 'error' }],
    },
  ],
})
