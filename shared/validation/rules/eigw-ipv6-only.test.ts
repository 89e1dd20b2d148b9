import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './eigw-ipv6-only'

const base = () => design().vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] }).eigw('eigw', 'a')

ruleTester(rule, {
  valid: [
    {
      name: 'IPv6 default to the egress-only gateway for an internal load balancer',
      project: base()
        .subnet('s', 'a', '10.0.0.0/24', { ipv6Cidr: '2600:1f18:0:100::/64', routeTable: 'rt' })
        .routeTable('rt', 'a', [{ destination: '::/0', target: 'eigw' }])
        .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'a', subnets: ['s'], scheme: 'internal' })
        .build(),
    },
  ],
  invalid: [
    { name: 'IPv4 default to the egress-only gateway', project: base().routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'eigw' }]).build(), errors: [{ messageId: 'ipv4', target: 'rt', field: 'routes[0].destination', hasFix: true }] },
    { name: 'two egress-only gateways on one VPC', project: base().eigw('eigw-2', 'a').build(), errors: [{ messageId: 'second', target: 'eigw-2', related: ['a', 'eigw'] }] },
    {
      name: 'an internet-facing load balancer behind an egress-only gateway',
      project: base()
        .subnet('s', 'a', '10.0.0.0/24', { ipv6Cidr: '2600:1f18:0:100::/64', routeTable: 'rt' })
        .routeTable('rt', 'a', [{ destination: '::/0', target: 'eigw' }])
        .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'a', subnets: ['s'], scheme: 'internet-facing' })
        .build(),
      errors: [{ messageId: 'inbound', target: 'nlb', field: 'subnets', related: ['s', 'rt', 'eigw'] }],
    },
  ],
})
