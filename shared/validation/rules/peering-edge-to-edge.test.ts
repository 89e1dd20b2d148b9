import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-edge-to-edge'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx-ab', 'a', 'b')
    .add({ kind: 'onPremNetwork', id: 'dc', cidrs: ['192.168.0.0/16'] })
    .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1', onPremNetwork: 'dc' })
    .vgw('vgw-a', 'a')
    .add({ kind: 'vpnConnection', id: 'vpn', customerGateway: 'cgw', gateway: 'vgw-a' })
    .routeTable('rt-a', 'a', [{ destination: '10.1.0.0/16', target: 'pcx-ab' }], { propagatingVgws: ['vgw-a'] })
    .igw('igw-a', 'a')
    .route('a-main', '0.0.0.0/0', 'igw-a')

ruleTester(rule, {
  valid: [
    {
      name: "B reaches only A's own blocks (an endpoint or proxy in A)",
      project: base().routeTable('rt-b', 'b', [{ destination: '10.0.0.0/16', target: 'pcx-ab' }]).build(),
    },
  ],
  invalid: [
    {
      name: "B sends on-premises prefixes to pcx-ab hoping to use A's VPN",
      project: base().routeTable('rt-b', 'b', [{ destination: '192.168.0.0/16', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'viaGateway', target: 'rt-b', severity: 'error', related: ['vgw-a'], message: 'virtual private gateway' }],
    },
    {
      name: "B's default route to pcx-ab to use A's internet gateway",
      project: base().routeTable('rt-b', 'b', [{ destination: '0.0.0.0/0', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'viaGateway', target: 'rt-b', related: ['igw-a'], message: 'internet gateway', hasFix: true }],
    },
    {
      name: 'default route to a peer with no gateway at all',
      project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').peering('pcx-ab', 'a', 'b').routeTable('rt-b', 'b', [{ destination: '0.0.0.0/0', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'defaultRoute', target: 'rt-b', field: 'routes[0].destination' }],
    },
    {
      name: 'a TGW route sends B\'s block to A\'s attachment, to continue over pcx-ab',
      project: base()
        .subnet('a-1', 'a', '10.0.1.0/24')
        .tgw('tgw')
        .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
        .add({ kind: 'tgwRouteTable', id: 'tgw-rt', transitGateway: 'tgw', routes: [{ destination: '10.1.0.0/16', target: 'att-a' }] })
        .routeTable('rt-b', 'b', [{ destination: '10.0.0.0/16', target: 'pcx-ab' }])
        .build(),
      errors: [{ messageId: 'tgwIntoPeering', target: 'tgw-rt', field: 'routes[0].target', severity: 'warning', related: ['att-a', 'pcx-ab', 'rt-a'], hasFix: true }],
    },
  ],
})
