import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, path, reach } from './test-helpers/design'

/** Public subnet (IGW route, NAT gateway) and private subnet (default route to the NAT). */
function vpcWithNat(extra: (d: DesignBuilder) => void = () => {}) {
  const d = design()
    .vpc('v', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
    .subnet('pub', 'v', '10.0.0.0/24', { routeTable: 'rt-pub', mapPublicIpOnLaunch: true })
    .subnet('priv', 'v', '10.0.1.0/24', { routeTable: 'rt-priv', ipv6Cidr: '2600:1f18:0:101::/64' })
    .igw('igw', 'v').nat('nat', 'pub')
    .routeTable('rt-pub', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw']])
    .routeTable('rt-priv', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'nat']])
    .workload('web', 'pub').workload('app', 'priv')
  extra(d)
  return d
}

describe('internet gateway and NAT gateway', () => {
  it('takes a public workload to the internet and back, and lets the internet reach it', () => {
    const p = vpcWithNat().build()
    const out = reach(p, 'web', 'internet')
    expect(out.reachable).toBe(true)
    expect(path(out.forward)).toEqual(['workload:web', 'subnet:pub', 'vpc:v', 'internetGateway:igw', 'internet:internet'])
    expect(path(out.return)).toEqual(['internet:internet', 'internetGateway:igw', 'vpc:v', 'subnet:pub', 'workload:web'])
    expect(reach(p, 'internet', 'web').reachable).toBe(true)
  })

  it('takes a private subnet to the internet through the NAT gateway, but the internet cannot reach it', () => {
    const p = vpcWithNat().build()
    const out = reach(p, 'app', 'internet')
    expect(out.reachable).toBe(true)
    expect(path(out.forward)).toEqual(['workload:app', 'subnet:priv', 'vpc:v', 'natGateway:nat', 'subnet:pub', 'vpc:v', 'internetGateway:igw', 'internet:internet'])
    expect(out.forward[3].note).toMatch(/^source 10\.0\.1\.4 rewritten to 10\.0\.0\.\d+$/)
    // The reply goes to the NAT's address, is translated back, then routed locally to app.
    expect(path(out.return)).toEqual(['internet:internet', 'internetGateway:igw', 'vpc:v', 'subnet:pub', 'natGateway:nat', 'subnet:pub', 'vpc:v', 'subnet:priv', 'workload:app'])

    const inbound = reach(p, 'internet', 'app')
    expect(inbound.reachable).toBe(false)
    expect(inbound.failure).toMatchObject({ ruleId: 'igw-public-address' })
    expect(inbound.failure!.fix).toContain('give app a public IP')
  })

  it('refuses the IGW to an interface without a public IPv4', () => {
    const p = vpcWithNat((d) => d.subnet('pub2', 'v', '10.0.2.0/24', { routeTable: 'rt-pub' }).workload('nopub', 'pub2')).build()
    const a = reach(p, 'nopub', 'internet')
    expect(a.failure).toMatchObject({ ruleId: 'igw-public-address' })
    expect(a.failure!.hop).toMatchObject({ id: 'igw', decision: 'drop' })
    expect(reach(p, 'nopub', 'internet').failure!.fix).toContain('→ nat')
  })

  it('reports a NAT gateway whose own subnet routes back to it (loop)', () => {
    const p = vpcWithNat((d) => d.routeTable('rt-pub', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'nat']])).build()
    const fixed = { ...p, resources: p.resources.filter((r, i, all) => !(r.kind === 'routeTable' && r.id === 'rt-pub' && all.findIndex((x) => x.id === 'rt-pub') === i)) }
    const a = reach(fixed, 'app', 'internet')
    expect(a.failure).toMatchObject({ ruleId: 'natgw-public-placement' })
  })

  it('does not let on-premises behind a VGW use the VPC’s NAT gateway (vgw-no-transit)', () => {
    const p = vpcWithNat((d) => d.vgw('vgw', 'v').onPrem('dc', ['172.16.0.0/16']).vpn('vpn', 'vgw', 'dc', { routing: 'static', staticRoutes: ['172.16.0.0/16'] })).build()
    expect(path(reach(p, 'dc', 'app').forward)).toEqual(['onPremNetwork:dc', 'vpnConnection:vpn', 'vpnGateway:vgw', 'vpc:v', 'subnet:priv', 'workload:app'])
    const a = reach(p, 'dc', 'internet')
    expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'vgw-no-transit' })
    expect(a.failure!.hop).toMatchObject({ id: 'dc', decision: 'drop' })
  })

  it('accepts traffic from a TGW attachment at the NAT gateway (centralised egress)', () => {
    const p = design()
      .vpc('egress', '10.0.0.0/16').vpc('spoke', '10.1.0.0/16')
      .subnet('e-pub', 'egress', '10.0.0.0/24', { routeTable: 'rt-e-pub' })
      .subnet('e-att', 'egress', '10.0.1.0/24', { routeTable: 'rt-e-att' })
      .subnet('s-app', 'spoke', '10.1.1.0/24', { routeTable: 'rt-s' })
      .igw('igw', 'egress').nat('nat', 'e-pub')
      .routeTable('rt-e-pub', 'egress', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw'], ['10.1.0.0/16', 'tgw']])
      .routeTable('rt-e-att', 'egress', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'nat']])
      .routeTable('rt-s', 'spoke', [['10.1.0.0/16', 'local'], ['0.0.0.0/0', 'tgw']])
      .tgw('tgw')
      .tgwAttachment('att-e', 'tgw', 'egress', ['e-att'])
      .tgwAttachment('att-s', 'tgw', 'spoke', ['s-app'])
      .tgwRouteTable('trt', 'tgw', { associations: ['att-e', 'att-s'], propagations: ['att-e', 'att-s'], routes: [['0.0.0.0/0', 'att-e']] })
      .workload('app', 's-app')
      .build()
    const a = reach(p, 'app', 'internet')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toContain('natGateway:nat')
    // Without the route back to the spoke in the NAT subnet's table the reply is lost.
    const broken = { ...p, resources: p.resources.map((r) => (r.kind === 'routeTable' && r.id === 'rt-e-pub' ? { ...r, routes: r.routes.slice(0, 2) } : r)) }
    const b = reach(broken, 'app', 'internet')
    expect(b.failure).toMatchObject({ direction: 'return', ruleId: 'tgw-vpc-route' })
    expect(b.failure!.fix).toBe('add route 10.1.0.0/16 → tgw in rt-e-pub')
  })

  it('sends IPv6 out through an egress-only gateway and refuses inbound connections', () => {
    const p = vpcWithNat((d) =>
      d.resource('egressOnlyInternetGateway', 'eigw', { vpc: 'v' }),
    ).build()
    const withRoute = { ...p, resources: p.resources.map((r) => (r.kind === 'routeTable' && r.id === 'rt-priv' ? { ...r, routes: [...r.routes, { destination: '::/0', target: 'eigw' }] } : r)) }
    const out = reach(withRoute, 'app', 'internet', { family: 6 })
    expect(out.reachable).toBe(true)
    expect(path(out.forward)).toContain('egressOnlyInternetGateway:eigw')
    // IPv4 to the egress-only gateway: refused.
    const v4 = { ...p, resources: p.resources.map((r) => (r.kind === 'routeTable' && r.id === 'rt-priv' ? { ...r, routes: [r.routes[0], { destination: '0.0.0.0/0', target: 'eigw' }] } : r)) }
    expect(reach(v4, 'app', 'internet').failure).toMatchObject({ ruleId: 'eigw-ipv6-only' })
    // Nothing on the internet opens an IPv6 connection to app: the VPC has an IGW, but app's table has no route to it.
    const inbound = reach(withRoute, 'internet', 'app', { family: 6 })
    expect(inbound.reachable).toBe(false)
    expect(inbound.failure!.direction).toBe('return')
  })
})
