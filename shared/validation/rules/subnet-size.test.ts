import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './subnet-size'

const vpc = () => design().vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })

ruleTester(rule, {
  valid: [{ name: 'a /28 subnet with a /64', project: vpc().subnet('s', 'a', '10.0.0.0/28', { ipv6Cidr: '2600:1f18:0:100::/64' }).build() }],
  invalid: [
    { name: 'a /29 subnet', project: vpc().subnet('s', 'a', '10.0.0.0/29').build(), errors: [{ messageId: 'v4', target: 's', field: 'cidr', message: '/29' }] },
    { name: 'a /15 subnet', project: vpc().subnet('s', 'a', '10.0.0.0/15').build(), errors: [{ messageId: 'v4', target: 's', message: '/15' }] },
    { name: 'a /60 IPv6 subnet', project: vpc().subnet('s', 'a', '10.0.0.0/24', { ipv6Cidr: '2600:1f18:0:100::/60' }).build(), errors: [{ messageId: 'v6', target: 's', field: 'ipv6Cidr' }] },
  ],
})
