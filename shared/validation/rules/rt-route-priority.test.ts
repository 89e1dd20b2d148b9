import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-route-priority'

const onPrem = (cidrs: string[]) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vgw('vgw', 'a')
    .add({ kind: 'onPremNetwork', id: 'dc', cidrs })
    .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1', onPremNetwork: 'dc' })
    .add({ kind: 'vpnConnection', id: 'vpn', customerGateway: 'cgw', gateway: 'vgw', routing: 'bgp' })
    .subnet('fw-s', 'a', '10.0.9.0/24')
    .workload('fw', 'fw-s', { sourceDestCheck: false })

ruleTester(rule, {
  valid: [
    {
      name: 'propagated and static routes for different prefixes',
      project: onPrem(['192.168.0.0/16']).routeTable('rt', 'a', [{ destination: '172.16.0.0/12', target: 'fw' }], { propagatingVgws: ['vgw'] }).build(),
    },
  ],
  invalid: [
    {
      name: 'a static route hiding a propagated one, and a propagated prefix inside the VPC',
      project: onPrem(['192.168.0.0/16', '10.0.5.0/24']).routeTable('rt', 'a', [{ destination: '192.168.0.0/16', target: 'fw' }], { propagatingVgws: ['vgw'] }).build(),
      errors: [
        { messageId: 'propagatedInsideVpc', target: 'rt', field: 'propagatingVgws', severity: 'info', message: '10.0.5.0/24' },
        { messageId: 'staticBeatsPropagated', target: 'rt', field: 'routes[0]', related: ['vgw', 'vpn'] },
      ],
    },
    {
      name: 'Direct Connect beats a BGP VPN for the same prefix',
      project: onPrem(['192.168.0.0/16'])
        .add({ kind: 'dxGateway', id: 'dxgw', account: 'acct', associations: ['vgw'], onPremNetworks: ['dc'] })
        .routeTable('rt', 'a', [], { propagatingVgws: ['vgw'] })
        .build(),
      errors: [{ messageId: 'propagatedTie', target: 'rt', related: ['dxgw', 'vpn'], message: 'Direct Connect (dxgw) wins' }],
    },
    {
      name: 'a CIDR route equal to a prefix-list entry',
      project: onPrem(['192.168.0.0/16'])
        .igw('igw', 'a')
        .add({ kind: 'prefixList', id: 'pl', region: 'eu-west-1', entries: ['203.0.113.0/24'] })
        .routeTable('rt', 'a', [{ destinationPrefixList: 'pl', target: 'igw' }, { destination: '203.0.113.0/24', target: 'fw' }])
        .build(),
      errors: [{ messageId: 'cidrBeatsPrefixList', target: 'rt', field: 'routes[1]', related: ['pl'] }],
    },
  ],
})
