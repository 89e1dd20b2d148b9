import { describe, expect, it } from 'vitest'
import { design, path, reach } from './test-helpers/design'

describe('edge cases of forwarding', () => {
  it('inspects internet ingress through the IGW edge table and an appliance, both ways', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('web-net', 'v', '10.0.1.0/24', { routeTable: 'rt-web', mapPublicIpOnLaunch: true })
      .subnet('fw-net', 'v', '10.0.9.0/24', { routeTable: 'rt-fw' })
      .igw('igw', 'v')
      .routeTable('rt-edge', 'v', [['10.0.1.0/24', 'fw']], { edgeAssociations: ['igw'] })
      .routeTable('rt-web', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'fw']])
      .routeTable('rt-fw', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw']])
      .workload('fw', 'fw-net', { sourceDestCheck: false })
      .workload('web', 'web-net')
      .build()
    const a = reach(p, 'internet', 'web', { protocol: 'tcp', port: 443 })
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['internet:internet', 'internetGateway:igw', 'vpc:v', 'workload:fw', 'subnet:fw-net', 'vpc:v', 'subnet:web-net', 'workload:web'])
    expect(a.forward[2].consulted).toBe('edge route table rt-edge of igw')
    expect(path(a.return)).toEqual(['workload:web', 'subnet:web-net', 'vpc:v', 'workload:fw', 'subnet:fw-net', 'vpc:v', 'internetGateway:igw', 'internet:internet'])
    // Without the edge association the request bypasses the firewall the reply goes through.
    const bypass = { ...p, resources: p.resources.filter((r) => r.id !== 'rt-edge') }
    expect(reach(bypass, 'internet', 'web').failure).toMatchObject({ direction: 'return', ruleId: 'rt-middlebox-forwarding' })
  })

  it('drops a route whose target is not in the design (rt-blackhole)', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('s', 'v', '10.0.1.0/24', { routeTable: 'rt' })
      .routeTable('rt', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw-deleted']])
      .build()
    const a = reach(p, 's', 'internet')
    expect(a.failure).toMatchObject({ ruleId: 'rt-blackhole', fix: 'remove the route from rt or point it at an existing target' })
    expect(a.forward.at(-1)).toMatchObject({ kind: 'vpc', decision: 'drop' })
  })

  it('needs a route table: explicit or the VPC main one (rt-association)', () => {
    const p = design().vpc('v', '10.0.0.0/16').subnet('s', 'v', '10.0.1.0/24').subnet('t', 'v', '10.0.2.0/24').build()
    const a = reach(p, 's', 't')
    expect(a.failure).toMatchObject({ ruleId: 'rt-association', fix: 'mark one route table of v as main, or associate one with s' })
  })

  it('never delivers to the addresses AWS reserves in a subnet', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('s', 'v', '10.0.1.0/24', { routeTable: 'rt' }).subnet('t', 'v', '10.0.2.0/24', { routeTable: 'rt' })
      .routeTable('rt', 'v', [['10.0.0.0/16', 'local']])
      .build()
    expect(reach(p, 's', '10.0.2.3').failure).toMatchObject({ ruleId: 'subnet-reserved-ip' })
    expect(reach(p, 's', '10.0.2.255').failure).toMatchObject({ ruleId: 'subnet-reserved-ip' })
    expect(reach(p, 's', '10.0.2.4').reachable).toBe(true)
  })

  it('reaches on-premises over a Direct Connect gateway on a TGW only within its allowed prefixes', () => {
    const build = (allowed: string[]) =>
      design()
        .vpc('v', '10.0.0.0/16')
        .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt' })
        .routeTable('rt', 'v', [['10.0.0.0/16', 'local'], ['172.16.0.0/12', 'tgw']])
        .tgw('tgw').tgwAttachment('att-v', 'tgw', 'v', ['app'])
        .onPrem('dc', ['172.16.0.0/16'])
        .resource('dxGateway', 'dxgw', { account: 'acct', associations: ['tgw'], onPremNetworks: ['dc'], allowedPrefixes: allowed })
        .resource('tgwDxAttachment', 'att-dx', { transitGateway: 'tgw', dxGateway: 'dxgw' })
        .tgwRouteTable('trt', 'tgw', { associations: ['att-v', 'att-dx'], propagations: ['att-v', 'att-dx'] })
        .workload('vm', 'app')
        .build()
    const ok = reach(build(['10.0.0.0/16']), 'vm', 'dc')
    expect(ok.reachable).toBe(true)
    expect(path(ok.forward)).toEqual(['workload:vm', 'subnet:app', 'vpc:v', 'transitGateway:tgw', 'dxGateway:dxgw', 'onPremNetwork:dc'])
    expect(ok.forward[3].matched).toBe('172.16.0.0/16 → att-dx (propagated)')
    // The DX gateway does not advertise the VPC to on-premises: the reply has no way in.
    const hidden = reach(build(['10.9.0.0/16']), 'vm', 'dc')
    expect(hidden.failure).toMatchObject({ direction: 'return' })
    expect(hidden.failure!.reason).toContain('advertises 10.0.1.4')
  })
})
