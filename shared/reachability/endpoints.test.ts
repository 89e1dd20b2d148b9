import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, path, reach } from './test-helpers/design'

/**
 * VPC "svc" (10.0.0.0/16) with an S3 gateway endpoint on its app table and an SSM interface
 * endpoint; on-premises reaches it over a VPN; VPC "peer" is peered with it.
 */
function services(extra: (d: DesignBuilder) => void = () => {}) {
  const d = design()
    .vpc('svc', '10.0.0.0/16').vpc('peer', '10.1.0.0/16')
    .subnet('app', 'svc', '10.0.1.0/24', { routeTable: 'rt-app' })
    .subnet('other', 'svc', '10.0.2.0/24', { routeTable: 'rt-other' })
    .subnet('ep', 'svc', '10.0.3.0/24', { routeTable: 'rt-app' })
    .subnet('peer-app', 'peer', '10.1.1.0/24', { routeTable: 'rt-peer' })
    .routeTable('rt-app', 'svc', [['10.0.0.0/16', 'local'], ['172.16.0.0/16', 'vgw'], ['10.1.0.0/16', 'pcx']])
    .routeTable('rt-other', 'svc', [['10.0.0.0/16', 'local']])
    .routeTable('rt-peer', 'peer', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx'], ['0.0.0.0/0', 'pcx']])
    .peering('pcx', 'svc', 'peer')
    .resource('gatewayEndpoint', 'vpce-s3', { vpc: 'svc', service: 's3', routeTables: ['rt-app'] })
    .resource('interfaceEndpoint', 'vpce-ssm', { vpc: 'svc', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['ep'] })
    .vgw('vgw', 'svc').onPrem('dc', ['172.16.0.0/16']).vpn('vpn', 'vgw', 'dc', { routing: 'static', staticRoutes: ['172.16.0.0/16'] })
    .workload('worker', 'app').workload('lonely', 'other').workload('peer-vm', 'peer-app')
  extra(d)
  return d
}

describe('gateway endpoints', () => {
  it('serve sources in subnets whose table is associated with them, and the reply comes back', () => {
    const a = reach(services().build(), 'worker', 's3')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['workload:worker', 'subnet:app', 'vpc:svc', 'gatewayEndpoint:vpce-s3', 'awsService:s3'])
    expect(path(a.return)).toEqual(['awsService:s3', 'gatewayEndpoint:vpce-s3', 'vpc:svc', 'subnet:app', 'workload:worker'])
  })

  it('are not used from a subnet whose table is not associated', () => {
    const a = reach(services().build(), 'lonely', 's3')
    expect(a.failure).toMatchObject({ ruleId: 'vpce-gateway-routes', fix: 'associate rt-other with gateway endpoint vpce-s3' })
  })

  it('carry only their own service, and only for associated tables (routes are not written by hand)', () => {
    const p = services((d) => d.routeTable('rt-hand', 'svc', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'vpce-s3']]).subnet('hand', 'svc', '10.0.5.0/24', { routeTable: 'rt-hand' }))
      .build()
    expect(reach(p, 'hand', 's3').failure).toMatchObject({ ruleId: 'vpce-gateway-routes', fix: 'associate rt-hand with vpce-s3 instead of writing the route by hand' })
    const associated = { ...p, resources: p.resources.map((r) => (r.kind === 'gatewayEndpoint' ? { ...r, routeTables: ['rt-app', 'rt-hand'] } : r)) }
    expect(reach(associated, 'hand', 's3').reachable).toBe(true)
    const other = reach(associated, 'hand', 'internet')
    expect(other.failure).toMatchObject({ ruleId: 'vpce-gateway-routes' })
    expect(other.failure!.reason).toContain('only carries traffic to its service')
  })

  it('are not transitive: a peered VPC cannot use them', () => {
    const a = reach(services().build(), 'peer-vm', 's3')
    expect(a.reachable).toBe(false)
    expect(a.failure!.ruleId).toBe('peering-edge-to-edge')
  })

  it('match S3 by its prefix list entries when the design has them; the prefix-list route beats 0.0.0.0/0', () => {
    const p = services((d) =>
      d
        .resource('prefixList', 'pl-63a5400a', { region: 'eu-west-1', awsService: 's3', entries: ['54.231.0.0/17', '52.216.0.0/15'] })
        .igw('igw', 'svc')
        .subnet('pub', 'svc', '10.0.4.0/24', { routeTable: 'rt-pub', mapPublicIpOnLaunch: true })
        .routeTable('rt-pub', 'svc', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw']])
        .workload('bastion', 'pub'),
    ).build()
    const withEndpointOnPub = { ...p, resources: p.resources.map((r) => (r.kind === 'gatewayEndpoint' ? { ...r, routeTables: ['rt-app', 'rt-pub'] } : r)) }
    const a = reach(withEndpointOnPub, 'bastion', '52.216.237.77', { protocol: 'tcp', port: 443 })
    expect(a.reachable).toBe(true)
    expect(a.forward[1].matched).toBe('pl-63a5400a (52.216.0.0/15) → vpce-s3')
    // The header calls the address what it is: S3, by the Region's prefix list.
    expect(a.to).toBe('52.216.237.77 (s3, in prefix list pl-63a5400a)')
    expect(reach(withEndpointOnPub, 'bastion', '54.222.57.1').to).toBe('54.222.57.1 (internet)')
    expect(path(a.forward).slice(-2)).toEqual(['gatewayEndpoint:vpce-s3', 'awsService:s3'])
    // Another AWS address outside the list goes out through the IGW from the public subnet…
    expect(path(reach(withEndpointOnPub, 'bastion', '54.222.57.1').forward)).toContain('internetGateway:igw')
    // …and has no route at all from the private one (Batfish: NO_ROUTE at the subnet).
    expect(reach(withEndpointOnPub, 'worker', '54.222.57.1').failure!.hop).toMatchObject({ id: 'app', kind: 'subnet' })
  })
})

describe('interface endpoints', () => {
  it('are reachable by IP from on-premises, while the gateway endpoint is not', () => {
    const p = services().build()
    const ssm = reach(p, 'dc', 'com.amazonaws.eu-west-1.ssm', { protocol: 'tcp', port: 443 })
    expect(ssm.reachable).toBe(true)
    expect(path(ssm.forward)).toEqual(['onPremNetwork:dc', 'vpnConnection:vpn', 'vpnGateway:vgw', 'vpc:svc', 'subnet:ep', 'interfaceEndpoint:vpce-ssm', 'awsService:com.amazonaws.eu-west-1.ssm'])
    expect(path(ssm.return)).toEqual(['interfaceEndpoint:vpce-ssm', 'subnet:ep', 'vpc:svc', 'vpnGateway:vgw', 'vpnConnection:vpn', 'onPremNetwork:dc'])

    const s3 = reach(p, 'dc', 's3')
    expect(s3.reachable).toBe(false)
    expect(s3.failure!.ruleId).toBe('vpce-gateway-not-transitive')
    expect(s3.failure!.fix).toBe('create an interface endpoint for s3 (com.amazonaws.eu-west-1.s3) in svc and send on-premises traffic to its addresses')
    // Without the gateway endpoint the VGW simply has nothing to carry the traffic to.
    const bare = services().build()
    const none = { ...bare, resources: bare.resources.filter((r) => r.kind !== 'gatewayEndpoint') }
    expect(reach(none, 'dc', 's3').failure!.ruleId).toBe('vgw-no-transit')
  })

  it('are reachable from a peered VPC', () => {
    const a = reach(services().build(), 'peer-vm', 'vpce-ssm')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toContain('peeringConnection:pcx')
  })
})

describe('PrivateLink endpoint services', () => {
  function privateLink(state: 'accepted' | 'pending-acceptance') {
    return design()
      .vpc('consumer', '10.0.0.0/16').vpc('provider', '10.0.0.0/16', { account: 'acct' })
      .subnet('c-app', 'consumer', '10.0.1.0/24', { routeTable: 'rt-c' })
      .subnet('p-app', 'provider', '10.0.1.0/24', { routeTable: 'rt-p' })
      .routeTable('rt-c', 'consumer', [['10.0.0.0/16', 'local']])
      .routeTable('rt-p', 'provider', [['10.0.0.0/16', 'local']])
      .resource('loadBalancer', 'nlb', { vpc: 'provider', subnets: ['p-app'], listenerPorts: [443] })
      .resource('endpointService', 'svc', { loadBalancers: ['nlb'] })
      .resource('interfaceEndpoint', 'vpce-svc', { vpc: 'consumer', endpointService: 'svc', subnets: ['c-app'], state })
      .workload('client', 'c-app')
      .build()
  }

  it('deliver to the provider’s load balancer without routes, even with overlapping CIDRs', () => {
    const a = reach(privateLink('accepted'), 'client', 'svc', { protocol: 'tcp', port: 443 })
    expect(a.reachable).toBe(true)
    // Client and endpoint share a subnet: no VPC router hop, as Batfish shows it.
    expect(path(a.forward)).toEqual(['workload:client', 'subnet:c-app', 'interfaceEndpoint:vpce-svc', 'endpointService:svc', 'loadBalancer:nlb'])
    expect(path(a.return)).toEqual(['loadBalancer:nlb', 'endpointService:svc', 'interfaceEndpoint:vpce-svc', 'subnet:c-app', 'workload:client'])
  })

  it('carry nothing while the endpoint awaits acceptance', () => {
    const a = reach(privateLink('pending-acceptance'), 'client', 'svc')
    expect(a.failure).toMatchObject({ ruleId: 'pl-permissions-acceptance' })
  })

  it('need an interface endpoint in the design', () => {
    const p = privateLink('accepted')
    const none = { ...p, resources: p.resources.filter((r) => r.kind !== 'interfaceEndpoint') }
    const a = reach(none, 'client', 'svc')
    expect(a.reachable).toBe(false)
    expect(a.failure!.fix).toBe('create an interface endpoint for svc in consumer')
    // The failing hop is the endpoint service itself; no catalogue rule covers a missing endpoint.
    expect(a.failure!.hop).toMatchObject({ id: 'svc', kind: 'endpointService', decision: 'drop' })
    expect(a.failure!.ruleId).toBeUndefined()
  })
})
