import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-target-same-vpc'

const two = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .vpc('c', '10.2.0.0/16')
    .subnet('sa', 'a', '10.0.1.0/24')
    .subnet('sb', 'b', '10.1.1.0/24')
    .igw('igw-a', 'a')
    .igw('igw-b', 'b')
    .nat('nat-b', 'sb')
    .peering('pcx-bc', 'b', 'c')
    .tgw('tgw')
    .tgwAttachment('att-b', 'tgw', 'b', ['sb'])

ruleTester(rule, {
  valid: [
    {
      name: "a table using its own VPC's gateway, NAT gateway, peering and transit gateway",
      project: two()
        .routeTable('rt-b', 'b', [
          { destination: '0.0.0.0/0', target: 'igw-b' },
          { destination: '192.168.0.0/16', target: 'nat-b' },
          { destination: '10.2.0.0/16', target: 'pcx-bc' },
          { destination: '10.0.0.0/8', target: 'tgw' },
        ])
        .build(),
    },
  ],
  invalid: [
    {
      name: "a table of VPC a using b's gateway, b's NAT gateway, the b–c peering and an unattached TGW",
      project: two()
        .routeTable('rt-a', 'a', [
          { destination: '0.0.0.0/0', target: 'igw-b' },
          { destination: '192.168.0.0/16', target: 'nat-b' },
          { destination: '10.2.0.0/16', target: 'pcx-bc' },
          { destination: '10.0.0.0/8', target: 'tgw' },
        ])
        .build(),
      errors: [
        { messageId: 'otherVpc', target: 'rt-a', field: 'routes[0].target', related: ['igw-b', 'b'], message: 'belongs to VPC b' },
        { messageId: 'otherVpc', target: 'rt-a', field: 'routes[1].target', related: ['nat-b'] },
        { messageId: 'notPeer', target: 'rt-a', field: 'routes[2].target' },
        { messageId: 'notAttached', target: 'rt-a', field: 'routes[3].target', hasFix: true },
      ],
    },
    {
      name: 'an interface endpoint as a route target',
      project: two()
        .add({ kind: 'interfaceEndpoint', id: 'vpce-ssm', vpc: 'a', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['sa'] })
        .routeTable('rt-a', 'a', [{ destination: '10.9.0.0/16', target: 'vpce-ssm' }])
        .build(),
      errors: [{ messageId: 'notRoutable', target: 'rt-a', field: 'routes[0].target' }],
    },
  ],
})
