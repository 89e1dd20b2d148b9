import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpn-quotas'

function vpns(n: number, staticRoutes: string[] = []) {
  const d = design().vpc('a', '10.0.0.0/16').vgw('vgw', 'a').add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1' })
  for (let i = 0; i < n; i++) d.add({ kind: 'vpnConnection', id: `vpn${i}`, customerGateway: 'cgw', gateway: 'vgw', routing: 'static', staticRoutes })
  return d.build()
}
const routes = (n: number) => Array.from({ length: n }, (_, i) => `192.168.${i}.0/24`)

ruleTester(rule, {
  valid: [{ name: '10 VPNs with 100 static routes', project: vpns(10, routes(100)) }],
  invalid: [
    { name: '11 VPNs on one VGW', project: vpns(11), errors: [{ messageId: 'vpnsPerVgw', target: 'vgw', message: '11' }] },
    { name: '101 static routes', project: vpns(1, routes(101)), errors: [{ messageId: 'staticRoutes', target: 'vpn0', field: 'staticRoutes', severity: 'warning' }] },
  ],
})
