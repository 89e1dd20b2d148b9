import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-private'

const base = (defaultTarget: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .igw('igw', 'a')
    .tgw('tgw')
    .subnet('nat-s', 'a', '10.0.0.0/24', { routeTable: 'rt-nat' })
    .subnet('app', 'a', '10.0.1.0/24', { routeTable: 'rt-app' })
    .tgwAttachment('att', 'tgw', 'a', ['nat-s'])
    .nat('pnat', 'nat-s', { connectivity: 'private' })
    .routeTable('rt-nat', 'a', [{ destination: '0.0.0.0/0', target: defaultTarget }])

ruleTester(rule, {
  valid: [
    {
      name: 'private NAT for overlapping ranges reached through a transit gateway',
      project: base('tgw').routeTable('rt-app', 'a', [{ destination: '100.64.0.0/16', target: 'pnat' }]).build(),
    },
  ],
  invalid: [
    {
      name: 'internet egress through a private NAT gateway and an IGW',
      project: base('igw').routeTable('rt-app', 'a', [{ destination: '0.0.0.0/0', target: 'pnat' }]).build(),
      errors: [{ messageId: 'internet', target: 'rt-app', field: 'routes[0]', related: ['pnat', 'rt-nat', 'igw'], hasFix: true }],
    },
    {
      name: 'a private NAT gateway with an Elastic IP',
      project: design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.0.0/24').nat('pnat', 's', { connectivity: 'private', elasticIps: 1 }).build(),
      errors: [{ messageId: 'eips', target: 'pnat', field: 'elasticIps' }],
    },
  ],
})
