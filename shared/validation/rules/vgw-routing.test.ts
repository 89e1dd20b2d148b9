import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vgw-routing'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt' })
    .vgw('vgw', 'a')
    .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1' })
    .add({ kind: 'vpnConnection', id: 'vpn', customerGateway: 'cgw', gateway: 'vgw', routing: 'static', staticRoutes: ['192.168.0.0/16'] })

ruleTester(rule, {
  valid: [
    { name: 'static route to a prefix of the VPN', project: base().routeTable('rt', 'a', [{ destination: '192.168.10.0/24', target: 'vgw' }]).build() },
    { name: 'propagation instead of routes', project: base().routeTable('rt', 'a', [], { propagatingVgws: ['vgw'] }).build() },
  ],
  invalid: [
    { name: 'a prefix the VGW does not know', project: base().routeTable('rt', 'a', [{ destination: '172.16.0.0/12', target: 'vgw' }]).build(), errors: [{ messageId: 'unknownPrefix', target: 'rt', field: 'routes[0].destination', related: ['vgw'], message: '192.168.0.0/16', hasFix: true }] },
    { name: 'IPv6 sent to the VGW', project: base().routeTable('rt', 'a', [{ destination: '192.168.0.0/16', target: 'vgw' }, { destination: '2001:db8::/32', target: 'vgw' }]).build(), errors: [{ messageId: 'ipv6', target: 'rt', field: 'routes[1].destination', severity: 'error', hasFix: true }] },
    { name: 'no table reaches the VGW', project: base().routeTable('rt', 'a', []).build(), errors: [{ messageId: 'unreached', target: 'vgw', severity: 'warning' }] },
  ],
})
