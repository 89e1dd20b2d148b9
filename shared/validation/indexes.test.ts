import { describe, expect, it } from 'vitest'
import { ProjectIndex } from '../model/project-index'
import { ValidationIndexes } from './indexes'
import { lookup } from './support/routes'
import { design } from './test-helpers/design'

const project = design()
  .vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16'], ipv6Cidrs: ['2600:1f18:0:100::/56'] })
  .vpc('b', '10.2.0.0/16')
  .igw('igw', 'a')
  .vgw('vgw', 'a')
  .peering('pcx', 'a', 'b')
  .subnet('pub', 'a', '10.0.0.0/24', { routeTable: 'rt-pub' })
  .subnet('app', 'a', '10.0.1.0/24')
  .subnet('fw-s', 'a', '10.1.9.0/24')
  .workload('fw', 'fw-s', { sourceDestCheck: false, instances: 3 })
  .nat('nat', 'pub', { secondaryPrivateIps: 2 })
  .routeTable('rt-pub', 'a', [
    { destination: '0.0.0.0/0', target: 'igw' },
    { destination: '10.2.0.0/16', target: 'pcx' },
    { destination: '10.0.1.0/24', target: 'fw' },
    { destination: '10.0.0.0/8', target: 'vgw' },
  ])
  .add({ kind: 'onPremNetwork', id: 'dc', cidrs: ['192.168.0.0/16'] })
  .add({ kind: 'customerGateway', id: 'cgw', account: 'acct', region: 'eu-west-1', onPremNetwork: 'dc' })
  .add({ kind: 'vpnConnection', id: 'vpn-bgp', customerGateway: 'cgw', gateway: 'vgw', routing: 'bgp' })
  .add({ kind: 'vpnConnection', id: 'vpn-static', customerGateway: 'cgw', gateway: 'vgw', routing: 'static', staticRoutes: ['172.16.0.0/12'] })
  .build()
const index = new ProjectIndex(project)
const indexes = new ValidationIndexes(index)
const subnet = (id: string) => index.getOf('subnet', id)!
const table = (id: string) => index.getOf('routeTable', id)!

describe('ValidationIndexes', () => {
  it('resolves explicit and main route tables, both ways', () => {
    expect(indexes.routeTableOf(subnet('pub'))?.id).toBe('rt-pub')
    expect(indexes.routeTableOf(subnet('app'))?.id).toBe('a-main')
    expect(indexes.subnetsUsing('a-main').map((s) => s.id)).toEqual(['app', 'fw-s'])
  })

  it('parses VPC blocks once and finds the block containing a range', () => {
    const vpc = index.getOf('vpc', 'a')!
    expect(indexes.blocksOf(vpc)).toBe(indexes.blocksOf(vpc))
    expect(indexes.blockContaining(vpc, indexes.destinationsOf(table('rt-pub'))[2]!)?.text).toBe('10.0.0.0/16')
    expect(indexes.blockContaining(vpc, indexes.destinationsOf(table('rt-pub'))[3]!)).toBeUndefined()
  })

  it('indexes routes by target, peerings by VPC and NAT gateways by VPC', () => {
    expect(indexes.routesTo('pcx').map((s) => [s.table.id, s.index])).toEqual([['rt-pub', 1]])
    expect(indexes.peeringsOf('b').map((p) => p.id)).toEqual(['pcx'])
    expect(indexes.natGatewaysOf('a').map((n) => n.id)).toEqual(['nat'])
  })

  it('lists the prefixes a VGW learns from static and BGP VPNs', () => {
    expect(indexes.learnedPrefixesOf('vgw').map((p) => `${p.origin} ${p.cidr} ${p.via}`)).toEqual(['vpn-bgp 192.168.0.0/16 vpn-bgp', 'vpn-static 172.16.0.0/12 vpn-static'])
  })

  it('counts the addresses each subnet gives away', () => {
    expect(indexes.addressUseOf('pub')).toEqual([{ resourceId: 'nat', count: 3 }])
    expect(indexes.addressUseOf('fw-s')).toEqual([{ resourceId: 'fw', count: 3 }])
  })
})

describe('lookup (longest prefix match with local)', () => {
  it('keeps VPC addresses local unless a whole-subnet route is longer', () => {
    expect(lookup(indexes, table('rt-pub'), '10.0.0.9').target).toBe('local')
    expect(lookup(indexes, table('rt-pub'), '10.1.2.3').target).toBe('local')
    expect(lookup(indexes, table('rt-pub'), '10.0.1.9')).toEqual({ target: 'fw', routeIndex: 2 })
  })

  it('picks the longest matching route outside the VPC, and reports no route', () => {
    expect(lookup(indexes, table('rt-pub'), '10.2.0.1').target).toBe('pcx')
    expect(lookup(indexes, table('rt-pub'), '10.9.0.1').target).toBe('vgw')
    expect(lookup(indexes, table('rt-pub'), '8.8.8.8').target).toBe('igw')
    expect(lookup(indexes, table('a-main'), '8.8.8.8').target).toBeUndefined()
  })
})
