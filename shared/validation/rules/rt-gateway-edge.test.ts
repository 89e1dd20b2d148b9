import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-gateway-edge'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .igw('igw', 'a')
    .vgw('vgw', 'a')
    .subnet('app', 'a', '10.0.1.0/24')
    .subnet('fw-s', 'a', '10.0.9.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'gwlbe', vpc: 'a', endpointType: 'gatewayLoadBalancer', endpointService: 'svc', subnets: ['fw-s'] })
    .add({ kind: 'loadBalancer', id: 'gwlb', vpc: 'a', type: 'gateway', subnets: ['fw-s'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['gwlb'] })

ruleTester(rule, {
  valid: [
    {
      name: 'IGW ingress routing of a subnet and the whole VPC block to a GWLB endpoint',
      project: base().routeTable('edge', 'a', [{ destination: '10.0.1.0/24', target: 'gwlbe' }, { destination: '10.0.0.0/16', target: 'local' }], { edgeAssociations: ['igw'] }).build(),
    },
  ],
  invalid: [
    {
      name: 'an edge table with a 0.0.0.0/0 route to the IGW',
      project: base().routeTable('edge', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }], { edgeAssociations: ['igw'] }).build(),
      errors: [
        { messageId: 'destination', target: 'edge', field: 'routes[0].destination' },
        { messageId: 'target', target: 'edge', field: 'routes[0].target', hasFix: true },
      ],
    },
    {
      name: 'a VGW edge table with propagation and a GWLB endpoint target',
      project: base().routeTable('edge', 'a', [{ destination: '10.0.1.0/24', target: 'gwlbe' }], { edgeAssociations: ['vgw'], propagatingVgws: ['vgw'] }).build(),
      errors: [
        { messageId: 'propagation', target: 'edge', field: 'propagatingVgws' },
        { messageId: 'vgwGwlb', target: 'edge', severity: 'warning' },
      ],
    },
    {
      name: 'one gateway associated with two tables',
      project: base().routeTable('e1', 'a', [], { edgeAssociations: ['igw'] }).routeTable('e2', 'a', [], { edgeAssociations: ['igw'] }).build(),
      errors: [{ messageId: 'gatewayTwoTables', target: 'e2', related: ['e1', 'e2'] }],
    },
  ],
})
