import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vgw-no-transit'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx-ab', 'a', 'b')
    .vgw('vgw-a', 'a')
    .add({ kind: 'onPremNetwork', id: 'dc', cidrs: ['192.168.0.0/16'] })
    .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1', onPremNetwork: 'dc' })
    .add({ kind: 'vpnConnection', id: 'vpn', customerGateway: 'cgw', gateway: 'vgw-a' })

ruleTester(rule, {
  valid: [
    {
      name: "B reaches only A's block; DX advertises only A",
      project: base()
        .routeTable('rt-b', 'b', [{ destination: '10.0.0.0/16', target: 'pcx-ab' }])
        .add({ kind: 'dxGateway', id: 'dx', account: 'acct', associations: ['vgw-a'], allowedPrefixes: ['10.0.0.0/16'] })
        .build(),
    },
  ],
  invalid: [
    {
      name: "B sends on-premises prefixes over pcx-ab to A's VGW",
      project: base().routeTable('rt-b', 'b', [{ destination: '192.168.0.0/16', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'peerUsesVpn', target: 'vgw-a', related: ['rt-b', 'pcx-ab', 'b'], hasFix: true }],
    },
    {
      name: "DX gateway advertises B's block through A's VGW",
      project: base().add({ kind: 'dxGateway', id: 'dx', account: 'acct', associations: ['vgw-a'], allowedPrefixes: ['10.0.0.0/16', '10.1.0.0/16'] }).build(),
      errors: [{ messageId: 'advertisesForeign', target: 'dx', field: 'allowedPrefixes[1]' }],
    },
  ],
})
