import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-not-transitive'

const chain = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .vpc('c', '10.2.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .peering('pcx-ab', 'a', 'b')
    .peering('pcx-bc', 'b', 'c')
    .subnet('b-pub', 'b', '10.1.0.0/24')
    .nat('nat-b', 'b-pub')
    // B's default route goes to its NAT gateway; C's block, more specific, to pcx-bc.
    .routeTable('rt-b', 'b', [
      { destination: '0.0.0.0/0', target: 'nat-b' },
      { destination: '10.2.0.0/16', target: 'pcx-bc' },
    ])

ruleTester(rule, {
  valid: [
    {
      name: 'A–C also peered, C routed to pcx-ac',
      project: chain()
        .peering('pcx-ac', 'a', 'c')
        .routeTable('rt-a', 'a', [
          { destination: '10.1.0.0/16', target: 'pcx-ab' },
          { destination: '10.2.0.0/16', target: 'pcx-ac' },
        ])
        .build(),
    },
    { name: 'a route to part of the peer', project: chain().routeTable('rt-a', 'a', [{ destination: '10.1.4.0/24', target: 'pcx-ab' }]).build() },
  ],
  invalid: [
    {
      name: "C's block sent to pcx-ab, B forwards to pcx-bc",
      project: chain().routeTable('rt-a', 'a', [{ destination: '10.2.0.0/16', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'transitive', target: 'rt-a', field: 'routes[0].destination', related: ['pcx-ab', 'b', 'c'], message: 'VPC c (10.2.0.0/16)', hasFix: true }],
    },
    {
      name: 'a supernet wider than the peer',
      project: chain().routeTable('rt-a', 'a', [{ destination: '10.0.0.0/8', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'wider', target: 'rt-a', severity: 'warning' }],
    },
  ],
})
