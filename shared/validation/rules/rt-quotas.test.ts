import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-quotas'

const routes = (n: number) => Array.from({ length: n }, (_, i) => ({ destination: `172.16.${i % 256}.${Math.floor(i / 256) * 16}/28`, target: 'vgw' }))
const base = () => design().vpc('a', '10.0.0.0/16').vgw('vgw', 'a')

ruleTester(rule, {
  valid: [{ name: 'exactly 50 static routes, local not counted', project: base().routeTable('rt', 'a', [{ destination: '10.0.0.0/16', target: 'local' }, ...routes(50)]).build() }],
  invalid: [
    { name: '51 static routes', project: base().routeTable('rt', 'a', routes(51)).build(), errors: [{ messageId: 'routes', target: 'rt', field: 'routes', severity: 'warning', message: '51 static IPv4 routes' }] },
    { name: 'more than 1,000 static routes', project: base().routeTable('rt', 'a', routes(1001)).build(), errors: [{ messageId: 'routesMax', target: 'rt', severity: 'error' }] },
    {
      name: '101 propagated prefixes',
      project: base()
        .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1' })
        .add({ kind: 'vpnConnection', id: 'vpn', customerGateway: 'cgw', gateway: 'vgw', routing: 'static', staticRoutes: Array.from({ length: 101 }, (_, i) => `192.168.${i}.0/24`) })
        .routeTable('rt', 'a', [], { propagatingVgws: ['vgw'] })
        .build(),
      errors: [{ messageId: 'propagated', target: 'rt', field: 'propagatingVgws', severity: 'error', related: ['vgw'] }],
    },
  ],
})
