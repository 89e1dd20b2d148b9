import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, path, reach } from './test-helpers/design'

/** VPC "v" with a VGW; on-premises "dc" (172.16.0.0/16) behind a static VPN. */
function vgwDesign(routes: [string, string][], extra: (d: DesignBuilder) => void = () => {}, rtExtra: Record<string, unknown> = {}) {
  const d = design()
    .vpc('v', '10.0.0.0/16')
    .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt' })
    .routeTable('rt', 'v', [['10.0.0.0/16', 'local'], ...routes], rtExtra)
    .vgw('vgw', 'v')
    .onPrem('dc', ['172.16.0.0/16'])
    .workload('app-vm', 'app')
  extra(d)
  return d
}
const staticVpn = (d: DesignBuilder) => d.vpn('vpn', 'vgw', 'dc', { routing: 'static', staticRoutes: ['172.16.0.0/16'] })

describe('virtual private gateway and VPN', () => {
  it('reaches on-premises by a static route to the VGW, and on-premises reaches the VPC', () => {
    const p = vgwDesign([['172.16.0.0/16', 'vgw']], staticVpn).build()
    const out = reach(p, 'app-vm', 'dc')
    expect(out.reachable).toBe(true)
    expect(path(out.forward)).toEqual(['workload:app-vm', 'subnet:app', 'vpc:v', 'vpnGateway:vgw', 'vpnConnection:vpn', 'onPremNetwork:dc'])
    expect(out.forward[3].matched).toBe('172.16.0.0/16 via vpn')
    expect(reach(p, 'dc', 'app-vm').reachable).toBe(true)
  })

  it('reaches on-premises by route propagation from the VGW (BGP learns the customer network)', () => {
    const p = vgwDesign([], (d) => d.vpn('vpn', 'vgw', 'dc'), { propagatingVgws: ['vgw'] }).build()
    const a = reach(p, 'app-vm', '172.16.5.9')
    expect(a.reachable).toBe(true)
    expect(a.forward[1].matched).toBe('172.16.0.0/16 → vgw (propagated)')
  })

  it('fails when the VGW has not learned the prefix (vgw-routing)', () => {
    const p = vgwDesign([['172.16.0.0/12', 'vgw']], (d) => {
      staticVpn(d)
      d.onPrem('branch', ['172.20.0.0/16'])
    }).build()
    const a = reach(p, 'app-vm', 'branch')
    expect(a.failure).toMatchObject({ ruleId: 'vgw-routing', fix: 'add 172.20.0.0/16 to the static routes of vpn' })
    expect(a.failure!.hop).toMatchObject({ id: 'vgw', decision: 'drop' })
  })

  it('fails without a route to the VGW, suggesting propagation', () => {
    const a = reach(vgwDesign([], staticVpn).build(), 'app-vm', 'dc')
    expect(a.failure).toMatchObject({ ruleId: 'vgw-routing', fix: 'add route 172.16.0.0/16 → vgw in rt, or enable route propagation from vgw' })
  })

  it('treats a route to a VGW attached elsewhere as a blackhole', () => {
    const p = vgwDesign([['172.16.0.0/16', 'vgw2']], (d) => d.vpc('w', '10.9.0.0/16').vgw('vgw2', 'w')).build()
    expect(reach(p, 'app-vm', 'dc').failure).toMatchObject({ ruleId: 'rt-blackhole' })
  })

  it('reaches on-premises over Direct Connect associated with the VGW', () => {
    const p = vgwDesign([['172.16.0.0/16', 'vgw']], (d) => d.resource('dxGateway', 'dxgw', { account: 'acct', associations: ['vgw'], onPremNetworks: ['dc'] })).build()
    const a = reach(p, 'app-vm', 'dc')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['workload:app-vm', 'subnet:app', 'vpc:v', 'vpnGateway:vgw', 'dxGateway:dxgw', 'onPremNetwork:dc'])
    expect(path(reach(p, 'dc', 'app-vm').forward)).toEqual(['onPremNetwork:dc', 'dxGateway:dxgw', 'vpnGateway:vgw', 'vpc:v', 'subnet:app', 'workload:app-vm'])
  })

  it('does not route VPC to VPC through a shared Direct Connect gateway (dxgw-no-vpc-to-vpc)', () => {
    const p = vgwDesign([['172.16.0.0/16', 'vgw'], ['10.1.0.0/16', 'vgw']], (d) =>
      d.vpc('w', '10.1.0.0/16').vgw('vgw-w', 'w')
        .subnet('w-app', 'w', '10.1.1.0/24', { routeTable: 'rt-w' })
        .routeTable('rt-w', 'w', [['10.1.0.0/16', 'local'], ['172.16.0.0/16', 'vgw-w'], ['10.0.0.0/16', 'vgw-w']])
        .workload('w-vm', 'w-app')
        .resource('dxGateway', 'dxgw', { account: 'acct', associations: ['vgw', 'vgw-w'], onPremNetworks: ['dc'] }),
    ).build()
    // Each VPC reaches on-premises over the DX gateway…
    expect(reach(p, 'app-vm', 'dc').reachable).toBe(true)
    expect(reach(p, 'w-vm', 'dc').reachable).toBe(true)
    // …but not the other VPC behind it.
    const a = reach(p, 'app-vm', 'w-vm')
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'dxgw-no-vpc-to-vpc', fix: 'connect v and w with a peering connection or a transit gateway and route 10.1.0.0/16 to it in rt' })
    expect(a.failure!.hop).toMatchObject({ id: 'vgw', kind: 'vpnGateway', decision: 'drop' })
  })

  it('does not let on-premises through the VPC to a peer (peering-edge-to-edge)', () => {
    const p = vgwDesign([['172.16.0.0/16', 'vgw'], ['10.1.0.0/16', 'pcx']], (d) =>
      staticVpn(d).vpc('peer', '10.1.0.0/16').subnet('peer-app', 'peer', '10.1.1.0/24', { routeTable: 'rt-peer' })
        .routeTable('rt-peer', 'peer', [['10.1.0.0/16', 'local'], ['172.16.0.0/16', 'pcx']]).peering('pcx', 'v', 'peer'),
    ).build()
    const a = reach(p, 'dc', 'peer-app')
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ ruleId: 'peering-edge-to-edge', fix: 'connect dc to peer directly (its own VGW) or join both through a transit gateway' })
    expect(a.failure!.hop).toMatchObject({ id: 'dc', decision: 'drop' })
  })
})

describe('VPN on a transit gateway', () => {
  it('propagates the VPN’s prefixes into the TGW table and the VPC’s blocks back', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt' })
      .routeTable('rt', 'v', [['10.0.0.0/16', 'local'], ['172.16.0.0/12', 'tgw']])
      .tgw('tgw').tgwAttachment('att-v', 'tgw', 'v', ['app'])
      .onPrem('dc', ['172.16.0.0/16'])
      .vpn('vpn', 'tgw', 'dc')
      .resource('tgwVpnAttachment', 'att-vpn', { transitGateway: 'tgw', vpnConnection: 'vpn' })
      .tgwRouteTable('trt', 'tgw', { associations: ['att-v', 'att-vpn'], propagations: ['att-v', 'att-vpn'] })
      .workload('app-vm', 'app')
      .build()
    const out = reach(p, 'app-vm', 'dc')
    expect(out.reachable).toBe(true)
    expect(path(out.forward)).toEqual(['workload:app-vm', 'subnet:app', 'vpc:v', 'transitGateway:tgw', 'vpnConnection:vpn', 'onPremNetwork:dc'])
    const back = reach(p, 'dc', 'app-vm')
    expect(back.reachable).toBe(true)
    expect(path(back.forward)).toEqual(['onPremNetwork:dc', 'vpnConnection:vpn', 'transitGateway:tgw', 'vpc:v', 'subnet:app', 'workload:app-vm'])
  })
})
