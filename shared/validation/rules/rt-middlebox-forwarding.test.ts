import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-middlebox-forwarding'

const base = (checkOn: boolean, backRoute: boolean) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .igw('igw', 'a')
    .subnet('fw-s', 'a', '10.0.9.0/24', { routeTable: 'rt-fw' })
    .workload('fw', 'fw-s', { sourceDestCheck: checkOn })
    .subnet('app', 'a', '10.0.1.0/24', { routeTable: 'rt-app' })
    .subnet('db', 'a', '10.0.2.0/24', { routeTable: 'rt-db' })
    .routeTable('rt-fw', 'a')
    .routeTable('rt-app', 'a', [{ destination: '10.0.2.0/24', target: 'fw' }])
    .routeTable('rt-db', 'a', backRoute ? [{ destination: '10.0.1.0/24', target: 'fw' }] : [])

ruleTester(rule, {
  valid: [
    { name: 'both directions through a firewall with the check off', project: base(false, true).build() },
    {
      name: 'IGW ingress through a firewall and egress through it too',
      project: base(false, true)
        .routeTable('edge', 'a', [{ destination: '10.0.1.0/24', target: 'fw' }], { edgeAssociations: ['igw'] })
        .route('rt-app', '0.0.0.0/0', 'fw')
        .build(),
    },
  ],
  invalid: [
    {
      name: 'source/destination check left on',
      project: base(true, true).build(),
      errors: [
        { messageId: 'srcDstCheck', target: 'rt-app', field: 'routes[0].target', severity: 'error', hasFix: true },
        { messageId: 'srcDstCheck', target: 'rt-db', field: 'routes[0].target' },
      ],
    },
    {
      name: 'the return path skips the firewall',
      project: base(false, false).build(),
      errors: [{ messageId: 'asymmetric', target: 'rt-app', field: 'routes[0]', severity: 'warning', related: ['app', 'db', 'rt-db', 'fw'], message: 'goes to local' }],
    },
    {
      name: 'IGW ingress through the firewall, egress straight to the IGW',
      project: base(false, true)
        .routeTable('edge', 'a', [{ destination: '10.0.1.0/24', target: 'fw' }], { edgeAssociations: ['igw'] })
        .route('rt-app', '0.0.0.0/0', 'igw')
        .build(),
      errors: [{ messageId: 'asymmetricEdge', target: 'edge', severity: 'warning', related: ['app', 'rt-app', 'fw'] }],
    },
  ],
})
