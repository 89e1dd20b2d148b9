import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, reach } from './test-helpers/design'

/** VPC v (10.10.0.0/16) peered with a and b, which overlap (both 192.168.0.0/16); only b has a subnet at 192.168.2.0/24. */
function overlappingPeers(extra: (d: DesignBuilder) => void = () => {}) {
  const d = design()
    .vpc('v', '10.10.0.0/16').vpc('a', '192.168.0.0/16').vpc('b', '192.168.0.0/16')
    .subnet('v-app', 'v', '10.10.10.0/24', { routeTable: 'rt-v' })
    .subnet('a-app', 'a', '192.168.1.0/24', { routeTable: 'rt-a' })
    .subnet('b-app', 'b', '192.168.2.0/24', { routeTable: 'rt-b' })
    .peering('pcx-a', 'v', 'a').peering('pcx-b', 'v', 'b')
    .routeTable('rt-a', 'a', [['192.168.0.0/16', 'local'], ['10.10.0.0/16', 'pcx-a']])
    .routeTable('rt-b', 'b', [['192.168.0.0/16', 'local'], ['10.10.0.0/16', 'pcx-b']])
    .workload('vm', 'v-app')
  extra(d)
  return d.build()
}

describe('private addresses no network of the design holds', () => {
  const noRoute = (routes: [string, string][] = [], vm: Record<string, unknown> = {}) =>
    design()
      .vpc('v', '10.10.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
      .subnet('app', 'v', '10.10.10.0/24', { routeTable: 'rt', ipv6Cidr: '2600:1f18:0:101::/64' })
      .routeTable('rt', 'v', [['10.10.0.0/16', 'local'], ...routes])
      .workload('vm', 'app', vm)

  it.each(['10.11.0.1', '172.20.0.1', '192.168.5.5', '100.64.1.1'])('get no internet-gateway fix when unrouted (%s)', (addr) => {
    const a = reach(noRoute().build(), 'vm', addr)
    expect(a.to).toBe(`${addr} (private; no network in the design holds it)`)
    expect(a.failure!.ruleId).toBeUndefined()
    expect(a.failure!.fix).toBe(`no network in the design holds ${addr}: add the VPC or on-premises network that owns it (and a route to it), or check the address`)
  })

  it('are not reachable through an internet gateway, IPv4 or IPv6 unique local', () => {
    const p = noRoute([['0.0.0.0/0', 'igw'], ['::/0', 'eigw']], { publicIp: true })
      .igw('igw', 'v')
      .add({ kind: 'egressOnlyInternetGateway', id: 'eigw', name: 'eigw', vpc: 'v' })
      .build()
    expect(reach(p, 'vm', '8.8.8.8').reachable).toBe(true)
    const v4 = reach(p, 'vm', '10.11.0.1')
    expect(v4.reachable).toBe(false)
    expect(v4.failure).toMatchObject({ hop: { id: 'igw' }, fix: 'no network in the design holds 10.11.0.1: add the VPC or on-premises network that owns it (and a route to it), or check the address' })
    expect(v4.failure!.ruleId).toBeUndefined()
    expect(v4.failure!.reason).toContain('the internet does not route private addresses')
    const ula = reach(p, 'vm', 'fd00::1')
    expect(ula.reachable).toBe(false)
    expect(ula.failure).toMatchObject({ hop: { id: 'eigw' } })
    expect(ula.failure!.ruleId).toBeUndefined()
  })

  it('cannot start a flow', () => {
    expect(() => reach(noRoute().build(), '10.11.0.1', 'vm')).toThrow(/cannot start a flow/)
  })
})

describe('an address several connected VPCs hold', () => {
  it('is called ambiguous, and the fix routes a block more specific than the overlap to the peering meant', () => {
    const p = overlappingPeers((d) => d.routeTable('rt-v', 'v', [['10.10.0.0/16', 'local']]))
    const a = reach(p, 'vm', '192.168.100.1')
    expect(a.to).toBe('192.168.100.1 (ambiguous: in a and b)')
    expect(a.failure).toMatchObject({
      ruleId: 'peering-overlapping-peers',
      fix: "192.168.100.1 is in a and b, and a route sends it to only one of them: route a block more specific than 192.168.0.0/16 (the destination subnet's CIDR) in rt-v to the peering of the VPC meant (pcx-a for a, pcx-b for b)",
    })
  })

  it('names the VPC whose subnet holds it, and the fix routes that subnet only', () => {
    const p = overlappingPeers((d) => d.routeTable('rt-v', 'v', [['10.10.0.0/16', 'local']]))
    const a = reach(p, 'vm', '192.168.2.9')
    expect(a.to).toBe('192.168.2.9 (subnet b-app)')
    expect(a.failure).toMatchObject({ ruleId: 'peering-overlapping-peers', fix: "add route 192.168.2.0/24 → pcx-b in rt-v: a also holds 192.168.2.9, so route the subnet's block, not the whole VPC's" })
    const routed = overlappingPeers((d) => d.routeTable('rt-v', 'v', [['10.10.0.0/16', 'local'], ['192.168.2.0/24', 'pcx-b'], ['192.168.1.0/24', 'pcx-a']]))
    expect(reach(routed, 'vm', '192.168.2.9').reachable).toBe(true)
    expect(reach(routed, 'vm', '192.168.1.9').reachable).toBe(true)
  })
})
