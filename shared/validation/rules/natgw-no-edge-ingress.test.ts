import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-no-edge-ingress'

const base = () =>
  design()
    .vpc('egress', '10.0.0.0/16')
    .vpc('app', '10.1.0.0/16')
    .subnet('pub', 'egress', '10.0.0.0/24')
    .nat('nat', 'pub')
    .peering('pcx', 'app', 'egress')

ruleTester(rule, {
  valid: [
    { name: "routes to the peer's own blocks only", project: base().routeTable('rt-app', 'app', [{ destination: '10.0.0.0/16', target: 'pcx' }]).build() },
  ],
  invalid: [
    {
      name: "a default route over peering to use the peer's NAT gateway",
      project: base().routeTable('rt-app', 'app', [{ destination: '0.0.0.0/0', target: 'pcx' }]).build(),
      errors: [{ messageId: 'overPeering', target: 'rt-app', field: 'routes[0]', related: ['pcx', 'egress', 'nat'], hasFix: true }],
    },
  ],
})
