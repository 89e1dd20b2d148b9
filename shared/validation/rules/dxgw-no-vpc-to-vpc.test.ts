import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './dxgw-no-vpc-to-vpc'

const base = (routes: { destination: string; target: string }[], onPrem = ['192.168.0.0/16']) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .vgw('vgw-a', 'a')
    .vgw('vgw-b', 'b')
    .add({ kind: 'onPremNetwork', id: 'dc', cidrs: onPrem })
    .add({ kind: 'dxGateway', id: 'dx', account: 'acct', associations: ['vgw-a', 'vgw-b'], onPremNetworks: ['dc'] })
    .routeTable('rt-a', 'a', routes)
    .build()

ruleTester(rule, {
  valid: [{ name: 'a routes on-premises to its VGW', project: base([{ destination: '192.168.0.0/16', target: 'vgw-a' }]) }],
  invalid: [
    { name: "a routes b's block to its VGW", project: base([{ destination: '10.1.0.0/16', target: 'vgw-a' }]), errors: [{ messageId: 'vpcToVpc', target: 'rt-a', field: 'routes[0].destination', related: ['vgw-a', 'dx', 'b'], hasFix: true }] },
    { name: 'the supernet exception', project: base([{ destination: '10.1.0.0/16', target: 'vgw-a' }], ['10.0.0.0/8']), errors: [{ messageId: 'supernet', target: 'rt-a', severity: 'warning', message: '10.0.0.0/8' }] },
  ],
})
