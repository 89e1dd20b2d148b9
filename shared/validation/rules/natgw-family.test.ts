import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-family'

const base = (destination: string) =>
  design()
    .vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
    .subnet('pub', 'a', '10.0.0.0/24')
    .nat('nat', 'pub')
    .eigw('eigw', 'a')
    .routeTable('rt', 'a', [{ destination, target: 'nat' }])
    .build()

ruleTester(rule, {
  valid: [
    { name: 'NAT64 prefix to the NAT gateway', project: base('64:ff9b::/96') },
    { name: 'IPv4 default to the NAT gateway', project: base('0.0.0.0/0') },
  ],
  invalid: [
    { name: 'IPv6 default to the NAT gateway', project: base('::/0'), errors: [{ messageId: 'ipv6Default', target: 'rt', field: 'routes[0].target', severity: 'error', message: 'egress-only', hasFix: true }] },
    { name: 'another IPv6 prefix to the NAT gateway', project: base('2600:1f18:1::/48'), errors: [{ messageId: 'ipv6Other', target: 'rt', severity: 'warning' }] },
  ],
})
