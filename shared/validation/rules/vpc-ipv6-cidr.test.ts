import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-ipv6-cidr'

ruleTester(rule, {
  valid: [
    {
      name: 'a dual-stack VPC with a /56, a /64 subnet and a ::/0 route',
      project: design()
        .vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
        .subnet('s', 'a', '10.0.1.0/24', { ipv6Cidr: '2600:1f18:0:100::/64' })
        .eigw('eigw', 'a')
        .routeTable('rt', 'a', [{ destination: '::/0', target: 'eigw' }])
        .build(),
    },
  ],
  invalid: [
    {
      name: 'a /48 block',
      project: design().vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18::/48'] }).build(),
      errors: [{ messageId: 'notSlash56', target: 'a', field: 'ipv6Cidrs[0]', message: '/48' }],
    },
    {
      name: 'IPv6 subnet and route in an IPv4-only VPC',
      project: design()
        .vpc('a', '10.0.0.0/16')
        .subnet('s', 'a', '10.0.1.0/24', { ipv6Cidr: '2600:1f18:0:100::/64' })
        .eigw('eigw', 'a')
        .routeTable('rt', 'a', [{ destination: '::/0', target: 'eigw' }])
        .build(),
      errors: [
        { messageId: 'subnetWithoutBlock', target: 's', field: 'ipv6Cidr', hasFix: true },
        { messageId: 'routeWithoutBlock', target: 'rt', field: 'routes[0].destination' },
      ],
    },
  ],
})
