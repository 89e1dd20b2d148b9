import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-secondary-vs-routes'

const base = (secondary: string) =>
  design()
    .vpc('a', '10.2.0.0/16', { secondaryCidrs: [secondary] })
    .vgw('vgw', 'a')
    .routeTable('rt', 'a', [{ destination: '10.0.0.0/24', target: 'vgw' }])

ruleTester(rule, {
  valid: [
    { name: 'a secondary block smaller than the route destination', project: base('10.0.0.0/25').build() },
    {
      name: 'a whole-subnet route to a firewall interface inside the secondary block',
      project: design()
        .vpc('a', '10.2.0.0/16', { secondaryCidrs: ['10.3.0.0/16'] })
        .subnet('s', 'a', '10.3.1.0/24')
        .subnet('fw-subnet', 'a', '10.2.9.0/24')
        .workload('fw', 'fw-subnet', { sourceDestCheck: false })
        .routeTable('rt', 'a', [{ destination: '10.3.1.0/24', target: 'fw' }])
        .build(),
    },
  ],
  invalid: [
    {
      name: 'a secondary block containing a VGW route destination',
      project: base('10.0.0.0/16').build(),
      errors: [{ messageId: 'containsRoute', target: 'a', field: 'secondaryCidrs[0]', related: ['rt', 'vgw'], message: '10.0.0.0/24 → vgw' }],
    },
    {
      name: 'a secondary block equal to the route destination',
      project: base('10.0.0.0/24').build(),
      errors: [{ messageId: 'containsRoute', target: 'a' }],
    },
  ],
})
