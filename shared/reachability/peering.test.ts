import { describe, expect, it } from 'vitest'
import { design, path, reach } from './test-helpers/design'

/** A–B–C: A peers with B, B with C; A's table even sends C's block to pcx-ab. */
function chain(extra: (d: ReturnType<typeof design>) => void = () => {}) {
  const d = design()
    .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16')
    .subnet('a-app', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
    .subnet('c-app', 'c', '10.2.1.0/24', { routeTable: 'rt-c' })
    .peering('pcx-ab', 'a', 'b').peering('pcx-bc', 'b', 'c')
    .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-bc']])
    .routeTable('rt-c', 'c', [['10.2.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-bc']])
    .workload('web', 'a-app').workload('db', 'b-app').workload('batch', 'c-app')
  extra(d)
  return d
}

describe('VPC peering', () => {
  it('delivers between the two peers, both ways, by the peer’s local routing', () => {
    const p = chain((d) => d.routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab']])).build()
    const a = reach(p, 'web', 'db')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['workload:web', 'subnet:a-app', 'vpc:a', 'peeringConnection:pcx-ab', 'vpc:b', 'subnet:b-app', 'workload:db'])
    expect(path(a.return)).toEqual(['workload:db', 'subnet:b-app', 'vpc:b', 'peeringConnection:pcx-ab', 'vpc:a', 'subnet:a-app', 'workload:web'])
    expect(a.forward[1]).toMatchObject({ consulted: 'route table rt-a', matched: '10.1.0.0/16 → pcx-ab' })
  })

  it('is not transitive: A cannot reach C through B even when every table routes it', () => {
    const p = chain((d) => d.routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-ab']])).build()
    const a = reach(p, 'web', 'batch')
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'peering-not-transitive' })
    expect(a.failure!.hop).toMatchObject({ id: 'pcx-ab', decision: 'drop' })
    expect(a.failure!.fix).toContain('peer a with c directly')
    // B reaches C: the chain works link by link.
    expect(reach(p, 'db', 'batch').reachable).toBe(true)
  })

  it('reaches C once A and C are peered directly', () => {
    const p = chain((d) =>
      d
        .peering('pcx-ac', 'a', 'c')
        .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-ac']])
        .routeTable('rt-c', 'c', [['10.2.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-bc'], ['10.0.0.0/16', 'pcx-ac']]),
    ).build()
    expect(reach(p, 'web', 'batch').reachable).toBe(true)
  })

  it('reports a missing route on the source side with the route to add', () => {
    const p = chain((d) => d.routeTable('rt-a', 'a', [['10.0.0.0/16', 'local']])).build()
    const a = reach(p, 'web', 'db')
    expect(a.failure).toMatchObject({ direction: 'forward', ruleId: 'peering-routes-both-sides', fix: 'add route 10.1.0.0/16 → pcx-ab in rt-a' })
    expect(a.failure!.hop).toMatchObject({ id: 'a-app', kind: 'subnet', decision: 'drop' })
  })

  it('reports a missing return route on the peer side', () => {
    const q = design()
      .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16')
      .subnet('a-app', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
      .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
      .peering('pcx-ab', 'a', 'b')
      .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab']])
      .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local']])
      .workload('web', 'a-app').workload('db', 'b-app')
      .build()
    const a = reach(q, 'web', 'db')
    expect(a.reachable).toBe(false)
    expect(a.forward.at(-1)).toMatchObject({ id: 'db', decision: 'accept' })
    expect(a.failure).toMatchObject({ direction: 'return', ruleId: 'peering-routes-both-sides', fix: 'add route 10.0.0.0/16 → pcx-ab in rt-b' })
    expect(a.failure!.reason).toMatch(/^reply: no route to 10\.0\.1\.4/)
  })

  it('drops traffic over a peering connection that is not active (blackhole)', () => {
    const p = chain((d) => d.routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab']])).build()
    const pending = { ...p, resources: p.resources.map((r) => (r.id === 'pcx-ab' ? { ...r, status: 'pending-acceptance' as const } : r)) }
    const a = reach(pending, 'web', 'db')
    expect(a.failure).toMatchObject({ ruleId: 'rt-blackhole' })
    expect(a.failure!.fix).toContain('accept pcx-ab')
  })

  it('forbids edge-to-edge: B cannot use A’s NAT gateway through the peering', () => {
    const p = design()
      .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16')
      .subnet('a-pub', 'a', '10.0.0.0/24', { routeTable: 'rt-a-pub' })
      .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
      .igw('igw-a', 'a').nat('nat-a', 'a-pub')
      .peering('pcx-ab', 'a', 'b')
      .routeTable('rt-a-pub', 'a', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw-a'], ['10.1.0.0/16', 'pcx-ab']])
      .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['0.0.0.0/0', 'pcx-ab']])
      .workload('app', 'b-app')
      .build()
    const a = reach(p, 'app', 'internet')
    expect(a.failure).toMatchObject({ ruleId: 'peering-edge-to-edge' })
    expect(a.failure!.hop.id).toBe('pcx-ab')
  })

  it('resolves overlapping peer CIDRs by longest-prefix match (Batfish test-vpc-peering)', () => {
    const p = design()
      .vpc('a', '10.10.0.0/16').vpc('b', '192.168.0.0/16').vpc('c', '192.168.0.0/16')
      .subnet('a-s', 'a', '10.10.10.0/24', { routeTable: 'rt-a' })
      .subnet('b-s', 'b', '192.168.1.0/24', { routeTable: 'rt-b' })
      .subnet('c-s', 'c', '192.168.2.0/24', { routeTable: 'rt-c' })
      .peering('pcx-ab', 'a', 'b').peering('pcx-ac', 'a', 'c')
      .routeTable('rt-a', 'a', [['10.10.0.0/16', 'local'], ['192.168.1.0/24', 'pcx-ab'], ['192.168.2.0/24', 'pcx-ac']])
      .routeTable('rt-b', 'b', [['192.168.0.0/16', 'local'], ['10.10.0.0/16', 'pcx-ab']])
      .routeTable('rt-c', 'c', [['192.168.0.0/16', 'local'], ['10.10.0.0/16', 'pcx-ac']])
      .workload('ia', 'a-s', { privateIps: ['10.10.10.157'] })
      .workload('ib', 'b-s', { privateIps: ['192.168.1.106'] })
      .workload('ic', 'c-s', { privateIps: ['192.168.2.229'] })
      .build()
    // The overlapping 192.168.0.0/16 lives in two VPCs: the /24 routes pick the right peering.
    const toC = reach(p, 'ia', '192.168.2.229')
    expect(toC.reachable).toBe(true)
    expect(path(toC.forward)).toContain('peeringConnection:pcx-ac')
    expect(toC.forward.at(-1)).toMatchObject({ id: 'ic' })
    expect(reach(p, 'ia', 'ib').forward.map((h) => h.id)).toContain('pcx-ab')
    // Not covered by either /24: no route (Batfish NO_ROUTE at the subnet).
    const none = reach(p, 'ia', '192.168.100.1')
    expect(none.failure!.hop).toMatchObject({ id: 'a-s', kind: 'subnet' })
    // Inside A's block but in no subnet (NULL_ROUTED at the VPC).
    const nowhere = reach(p, 'ib', '10.10.100.1')
    expect(nowhere.failure!.hop).toMatchObject({ id: 'a', kind: 'vpc' })
    expect(nowhere.failure!.reason).toContain('none of its subnets')
    // Inside A's subnet, but no interface holds it (NEIGHBOR_UNREACHABLE).
    const nobody = reach(p, 'ib', '10.10.10.11')
    expect(nobody.failure!.hop).toMatchObject({ id: 'a-s', kind: 'subnet' })
    expect(nobody.failure!.reason).toContain('no interface')
  })
})
