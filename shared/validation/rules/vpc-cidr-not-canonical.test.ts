import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-not-canonical'

ruleTester(rule, {
  valid: [
    {
      name: 'network addresses everywhere, including a /32 host route and IPv6',
      project: design()
        .vpc('a', '100.68.0.0/18', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
        .subnet('s', 'a', '100.68.1.0/24', { ipv6Cidr: '2600:1f18:0:100::/64' })
        .routeTable('rt', 'a', [{ destination: '192.168.7.9/32', target: 'local' }])
        .build(),
    },
  ],
  invalid: [
    {
      name: 'host bits in a VPC block, a subnet and a route destination',
      project: design()
        .vpc('a', '100.68.0.18/18')
        .subnet('s', 'a', '100.68.1.7/24')
        .routeTable('rt', 'a', [{ destination: '10.1.2.3/16', target: 'local' }])
        .build(),
      errors: [
        { messageId: 'hostBits', target: 'a', field: 'cidr', message: 'AWS stores it as 100.68.0.0/18', hasFix: true },
        { messageId: 'hostBits', target: 's', field: 'cidr', message: '100.68.1.0/24' },
        { messageId: 'hostBits', target: 'rt', field: 'routes[0].destination', message: '10.1.0.0/16' },
      ],
    },
  ],
})
