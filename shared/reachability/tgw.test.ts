import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, path, reach } from './test-helpers/design'

/** Hub and spoke: spokes share one TGW table (shared services propagated), shared services its own. */
function hub(extra: (d: DesignBuilder) => void = () => {}) {
  const d = design()
    .vpc('s1', '10.1.0.0/16').vpc('s2', '10.2.0.0/16').vpc('shared', '10.100.0.0/16')
    .subnet('s1-app', 's1', '10.1.1.0/24', { routeTable: 'rt-s1' })
    .subnet('s2-app', 's2', '10.2.1.0/24', { routeTable: 'rt-s2' })
    .subnet('shared-app', 'shared', '10.100.1.0/24', { routeTable: 'rt-shared' })
    .routeTable('rt-s1', 's1', [['10.1.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
    .routeTable('rt-s2', 's2', [['10.2.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
    .routeTable('rt-shared', 'shared', [['10.100.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
    .tgw('tgw')
    .tgwAttachment('att-s1', 'tgw', 's1', ['s1-app'])
    .tgwAttachment('att-s2', 'tgw', 's2', ['s2-app'])
    .tgwAttachment('att-shared', 'tgw', 'shared', ['shared-app'])
    .workload('app1', 's1-app').workload('app2', 's2-app').workload('dns', 'shared-app')
  extra(d)
  return d
}
const tables = (spokeRoutes: [string, string][] = []) => (d: DesignBuilder) =>
  d
    .tgwRouteTable('tgw-rt-spokes', 'tgw', { associations: ['att-s1', 'att-s2'], propagations: ['att-shared'], routes: spokeRoutes })
    .tgwRouteTable('tgw-rt-shared', 'tgw', { associations: ['att-shared'], propagations: ['att-s1', 'att-s2'] })

describe('transit gateway', () => {
  it('lets spokes reach shared services through the associated and propagated tables', () => {
    const a = reach(hub(tables()).build(), 'app1', 'dns')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['workload:app1', 'subnet:s1-app', 'vpc:s1', 'transitGateway:tgw', 'vpc:shared', 'subnet:shared-app', 'workload:dns'])
    expect(a.forward[3]).toMatchObject({ consulted: 'TGW route table tgw-rt-spokes (associated with att-s1)', matched: '10.100.0.0/16 → att-shared (propagated)' })
    expect(a.forward[4].consulted).toContain('rt-shared of attachment subnet shared-app')
    expect(path(a.return)).toEqual(['workload:dns', 'subnet:shared-app', 'vpc:shared', 'transitGateway:tgw', 'vpc:s1', 'subnet:s1-app', 'workload:app1'])
  })

  it('keeps spokes in a table without each other’s routes apart', () => {
    const a = reach(hub(tables()).build(), 'app1', 'app2')
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'tgw-route-evaluation' })
    expect(a.failure!.hop).toMatchObject({ id: 'tgw', kind: 'transitGateway', decision: 'drop' })
    expect(a.failure!.fix).toBe('propagate att-s2 into tgw-rt-spokes (or add static route 10.2.0.0/16 → att-s2)')
  })

  it('isolates spokes in separate TGW route tables while both reach shared services', () => {
    const separate = (d: DesignBuilder) =>
      d
        .tgwRouteTable('tgw-rt-s1', 'tgw', { associations: ['att-s1'], propagations: ['att-shared'] })
        .tgwRouteTable('tgw-rt-s2', 'tgw', { associations: ['att-s2'], propagations: ['att-shared'] })
        .tgwRouteTable('tgw-rt-shared', 'tgw', { associations: ['att-shared'], propagations: ['att-s1', 'att-s2'] })
    const p = hub(separate).build()
    expect(reach(p, 'app1', 'dns').reachable).toBe(true)
    expect(reach(p, 'app2', 'dns').reachable).toBe(true)
    expect(reach(p, 'dns', 'app2').reachable).toBe(true)
    for (const [from, to, table] of [['app1', 'app2', 'tgw-rt-s1'], ['app2', 'app1', 'tgw-rt-s2']] as const) {
      const a = reach(p, from, to)
      expect(a.reachable).toBe(false)
      expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'tgw-route-evaluation' })
      expect(a.failure!.hop).toMatchObject({ id: 'tgw', decision: 'drop', consulted: expect.stringContaining(table) })
    }
  })

  it('lets a TGW-attached spoke use the shared VPC’s interface endpoint, not its gateway endpoint', () => {
    const p = hub((d) => {
      // The spokes' TGW table sends everything else to the shared VPC, as for centralised egress.
      tables([['0.0.0.0/0', 'att-shared']])(d)
      d.routeTable('rt-shared', 'shared', [['10.100.0.0/16', 'local'], ['10.0.0.0/8', 'tgw'], ['0.0.0.0/0', 'tgw']])
        .routeTable('rt-s1', 's1', [['10.1.0.0/16', 'local'], ['10.0.0.0/8', 'tgw'], ['0.0.0.0/0', 'tgw']])
        .resource('interfaceEndpoint', 'vpce-ssm', { vpc: 'shared', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['shared-app'] })
        .resource('gatewayEndpoint', 'vpce-s3', { vpc: 'shared', service: 's3', routeTables: ['rt-shared'] })
    }).build()
    const ssm = reach(p, 'app1', 'com.amazonaws.eu-west-1.ssm', { protocol: 'tcp', port: 443 })
    expect(ssm.reachable).toBe(true)
    expect(path(ssm.forward)).toEqual(['workload:app1', 'subnet:s1-app', 'vpc:s1', 'transitGateway:tgw', 'vpc:shared', 'subnet:shared-app', 'interfaceEndpoint:vpce-ssm', 'awsService:com.amazonaws.eu-west-1.ssm'])
    expect(reach(p, 'dns', 's3').reachable).toBe(true)
    const s3 = reach(p, 'app1', 's3')
    expect(s3.reachable).toBe(false)
    expect(s3.failure).toMatchObject({ ruleId: 'vpce-gateway-not-transitive' })
    expect(s3.failure!.hop).toMatchObject({ id: 'vpce-s3', decision: 'drop' })
  })

  it('drops on a TGW blackhole route, which beats the shorter propagated route', () => {
    const a = reach(hub(tables([['10.100.1.0/24', 'blackhole']])).build(), 'app1', 'dns')
    expect(a.failure).toMatchObject({ ruleId: 'rt-blackhole' })
    expect(a.forward.at(-1)).toMatchObject({ id: 'tgw', matched: '10.100.1.0/24 → blackhole (static)' })
  })

  it('drops traffic from an AZ the attachment has no subnet in (tgw-az-coverage)', () => {
    const p = hub((d) => {
      tables()(d)
      d.subnet('s1-b', 's1', '10.1.2.0/24', { az: 'eu-west-1b', routeTable: 'rt-s1' }).workload('app1b', 's1-b')
    }).build()
    const a = reach(p, 'app1b', 'dns')
    expect(a.failure).toMatchObject({ ruleId: 'tgw-az-coverage', fix: 'add a subnet of s1 in eu-west-1b to attachment att-s1' })
    expect(a.failure!.hop).toMatchObject({ id: 's1', kind: 'vpc' })
  })

  it('enters the destination VPC through the attachment subnet of the arrival AZ when there is one', () => {
    const p = hub((d) => {
      tables()(d)
      d.subnet('s1-b', 's1', '10.1.2.0/24', { az: 'eu-west-1b', routeTable: 'rt-s1' }).workload('app1b', 's1-b')
        .subnet('shared-b', 'shared', '10.100.2.0/24', { az: 'eu-west-1b', routeTable: 'rt-shared' })
    }).build()
    const fixed = {
      ...p,
      resources: p.resources.map((r) =>
        r.kind === 'tgwVpcAttachment' && r.id === 'att-s1' ? { ...r, subnets: ['s1-app', 's1-b'] } : r.kind === 'tgwVpcAttachment' && r.id === 'att-shared' ? { ...r, subnets: ['shared-app', 'shared-b'] } : r,
      ),
    }
    const a = reach(fixed, 'app1b', 'dns')
    expect(a.reachable).toBe(true)
    expect(a.forward[4].consulted).toContain('attachment subnet shared-b (eu-west-1b)')
  })

  it('needs a route to the TGW in the subnet table (tgw-vpc-route) and an association (tgw-rt-association)', () => {
    const noRoute = hub((d) => {
      tables()(d)
      d.subnet('s1-iso', 's1', '10.1.9.0/24', { routeTable: 'rt-s1-iso' }).routeTable('rt-s1-iso', 's1', [['10.1.0.0/16', 'local']]).workload('iso', 's1-iso')
    }).build()
    const a = reach(noRoute, 'iso', 'dns')
    expect(a.failure).toMatchObject({ ruleId: 'tgw-vpc-route', fix: 'add route 10.100.0.0/16 → tgw in rt-s1-iso' })

    const noAssoc = hub((d) => d.tgwRouteTable('tgw-rt-shared', 'tgw', { associations: ['att-shared'], propagations: ['att-s1'] })).build()
    expect(reach(noAssoc, 'app1', 'dns').failure).toMatchObject({ ruleId: 'tgw-rt-association' })
  })

  it('follows TGW peering along static routes only (Batfish test-transit-gateway-peering)', () => {
    const p = design()
      .vpc('bat', '10.10.0.0/16').vpc('bat2', '10.20.0.0/16').vpc('fish', '192.168.0.0/16', { region: 'us-west-1' })
      .subnet('bat-s', 'bat', '10.10.1.0/24', { az: 'eu-west-1a', routeTable: 'rt-bat' })
      .subnet('bat2-s', 'bat2', '10.20.1.0/24', { routeTable: 'rt-bat2' })
      .subnet('fish-s', 'fish', '192.168.1.0/24', { az: 'us-west-1a', routeTable: 'rt-fish' })
      .routeTable('rt-bat', 'bat', [['10.10.0.0/16', 'local'], ['192.168.0.0/16', 'tgw-bat']])
      .routeTable('rt-bat2', 'bat2', [['10.20.0.0/16', 'local'], ['192.168.0.0/16', 'tgw-bat']])
      .routeTable('rt-fish', 'fish', [['192.168.0.0/16', 'local'], ['10.10.0.0/16', 'tgw-fish'], ['10.20.0.0/16', 'tgw-fish']])
      .tgw('tgw-bat').tgw('tgw-fish', { region: 'us-west-1' })
      .tgwAttachment('att-bat', 'tgw-bat', 'bat', ['bat-s'])
      .tgwAttachment('att-bat2', 'tgw-bat', 'bat2', ['bat2-s'])
      .tgwAttachment('att-fish', 'tgw-fish', 'fish', ['fish-s'])
      .resource('tgwPeeringAttachment', 'tgw-peer', { transitGateway: 'tgw-bat', peerTransitGateway: 'tgw-fish' })
      .tgwRouteTable('rt-default', 'tgw-bat', { associations: ['att-bat', 'tgw-peer'], propagations: ['att-bat'] })
      .tgwRouteTable('rt-bat2-t', 'tgw-bat', { associations: ['att-bat2'], propagations: ['att-bat2'], routes: [['192.168.0.0/16', 'tgw-peer']] })
      .tgwRouteTable('rt-fish-t', 'tgw-fish', { associations: ['att-fish', 'tgw-peer'], propagations: ['att-fish'], routes: [['10.20.0.0/16', 'tgw-peer']] })
      .workload('i-bat', 'bat-s', { privateIps: ['10.10.1.100'] })
      .workload('i-bat2', 'bat2-s', { privateIps: ['10.20.1.100'] })
      .workload('i-fish', 'fish-s', { privateIps: ['192.168.1.100'] })
      .build()
    const batToFish = reach(p, 'i-bat', '192.168.1.100')
    expect(batToFish.failure).toMatchObject({ direction: 'forward', ruleId: 'tgw-peering' })
    expect(path(batToFish.forward)).toEqual(['workload:i-bat', 'subnet:bat-s', 'vpc:bat', 'transitGateway:tgw-bat'])

    const bat2ToFish = reach(p, 'i-bat2', 'i-fish')
    expect(path(bat2ToFish.forward)).toEqual(['workload:i-bat2', 'subnet:bat2-s', 'vpc:bat2', 'transitGateway:tgw-bat', 'transitGateway:tgw-fish', 'vpc:fish', 'subnet:fish-s', 'workload:i-fish'])
    // The reply crosses back to tgw-bat, whose table for the peering attachment does not know bat2.
    expect(bat2ToFish.failure).toMatchObject({ direction: 'return' })
    expect(path(bat2ToFish.return)).toEqual(['workload:i-fish', 'subnet:fish-s', 'vpc:fish', 'transitGateway:tgw-fish', 'transitGateway:tgw-bat'])

    const fishToBat = reach(p, 'i-fish', 'i-bat')
    expect(path(fishToBat.forward)).toEqual(['workload:i-fish', 'subnet:fish-s', 'vpc:fish', 'transitGateway:tgw-fish'])
    const fishToBat2 = reach(p, 'i-fish', 'i-bat2')
    expect(path(fishToBat2.forward).slice(-2)).toEqual(['transitGateway:tgw-fish', 'transitGateway:tgw-bat'])
    expect(fishToBat2.failure!.hop).toMatchObject({ id: 'tgw-bat', decision: 'drop' })
  })
})

describe('transit gateway appliance mode', () => {
  /** Spokes a (AZ a) and b (AZ b) inspected by one firewall per AZ in VPC insp. */
  function inspection(applianceMode: boolean) {
    return design()
      .vpc('a', '10.1.0.0/16').vpc('b', '10.2.0.0/16').vpc('insp', '10.100.0.0/16')
      .subnet('a-s', 'a', '10.1.1.0/24', { routeTable: 'rt-a' })
      .subnet('b-s', 'b', '10.2.1.0/24', { az: 'eu-west-1b', routeTable: 'rt-b' })
      .subnet('tgw-1a', 'insp', '10.100.0.0/24', { routeTable: 'rt-tgw-1a' })
      .subnet('tgw-1b', 'insp', '10.100.1.0/24', { az: 'eu-west-1b', routeTable: 'rt-tgw-1b' })
      .subnet('fw-1a', 'insp', '10.100.10.0/24', { routeTable: 'rt-fw' })
      .subnet('fw-1b', 'insp', '10.100.11.0/24', { az: 'eu-west-1b', routeTable: 'rt-fw' })
      .routeTable('rt-a', 'a', [['10.1.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
      .routeTable('rt-b', 'b', [['10.2.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
      .routeTable('rt-tgw-1a', 'insp', [['10.100.0.0/16', 'local'], ['0.0.0.0/0', 'fw-a']])
      .routeTable('rt-tgw-1b', 'insp', [['10.100.0.0/16', 'local'], ['0.0.0.0/0', 'fw-b']])
      .routeTable('rt-fw', 'insp', [['10.100.0.0/16', 'local'], ['10.0.0.0/8', 'tgw']])
      .workload('fw-a', 'fw-1a', { sourceDestCheck: false }).workload('fw-b', 'fw-1b', { sourceDestCheck: false })
      .workload('va', 'a-s').workload('vb', 'b-s')
      .tgw('tgw')
      .tgwAttachment('att-a', 'tgw', 'a', ['a-s'])
      .tgwAttachment('att-b', 'tgw', 'b', ['b-s'])
      .tgwAttachment('att-insp', 'tgw', 'insp', ['tgw-1a', 'tgw-1b'], { applianceMode })
      .tgwRouteTable('rt-spokes', 'tgw', { associations: ['att-a', 'att-b'], routes: [['0.0.0.0/0', 'att-insp']] })
      .tgwRouteTable('rt-insp', 'tgw', { associations: ['att-insp'], propagations: ['att-a', 'att-b'] })
      .build()
  }

  it('loses flows between AZs without appliance mode: each direction meets another firewall', () => {
    const a = reach(inspection(false), 'va', 'vb')
    expect(path(a.forward)).toContain('workload:fw-a')
    expect(path(a.return)).toContain('workload:fw-b')
    expect(a.failure).toMatchObject({ direction: 'return', ruleId: 'tgw-appliance-mode', fix: 'enable appliance mode on att-insp so the transit gateway keeps both directions of a flow in one AZ' })
  })

  it('keeps both directions on one firewall with appliance mode', () => {
    const a = reach(inspection(true), 'va', 'vb')
    expect(a.reachable).toBe(true)
    const fw = path(a.forward).filter((h) => h.startsWith('workload:fw'))
    expect(fw).toHaveLength(1)
    expect(path(a.return).filter((h) => h.startsWith('workload:fw'))).toEqual(fw)
  })
})
