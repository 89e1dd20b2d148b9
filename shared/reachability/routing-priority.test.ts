import { describe, expect, it } from 'vitest'
import { design, path, reach } from './test-helpers/design'

/** App and db subnets in one VPC, a firewall appliance in its own subnet. */
function inspected(fwCheck: boolean, dbRoutes: [string, string][]) {
  return design()
    .vpc('v', '10.0.0.0/16')
    .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt-app' })
    .subnet('db', 'v', '10.0.2.0/24', { routeTable: 'rt-db' })
    .subnet('fw', 'v', '10.0.9.0/24', { routeTable: 'rt-fw' })
    .routeTable('rt-app', 'v', [['10.0.0.0/16', 'local'], ['10.0.2.0/24', 'fw-vm']])
    .routeTable('rt-db', 'v', [['10.0.0.0/16', 'local'], ...dbRoutes])
    .routeTable('rt-fw', 'v', [['10.0.0.0/16', 'local']])
    .workload('fw-vm', 'fw', { sourceDestCheck: fwCheck })
    .workload('web', 'app').workload('sql', 'db')
    .build()
}

describe('route priority and middleboxes', () => {
  it('sends a whole-subnet route more specific than local through the appliance, both ways', () => {
    const a = reach(inspected(false, [['10.0.1.0/24', 'fw-vm']]), 'web', 'sql')
    expect(a.reachable).toBe(true)
    expect(path(a.forward)).toEqual(['workload:web', 'subnet:app', 'vpc:v', 'workload:fw-vm', 'subnet:fw', 'vpc:v', 'subnet:db', 'workload:sql'])
    expect(a.forward[1].matched).toBe('10.0.2.0/24 → fw-vm')
    expect(path(a.return)).toContain('workload:fw-vm')
  })

  it('drops at an appliance whose source/destination check is on', () => {
    const a = reach(inspected(true, [['10.0.1.0/24', 'fw-vm']]), 'web', 'sql')
    expect(a.failure).toMatchObject({ ruleId: 'rt-middlebox-forwarding', fix: 'set sourceDestCheck to false on fw-vm' })
  })

  it('reports an asymmetric path when the reply skips the stateful appliance', () => {
    const a = reach(inspected(false, []), 'web', 'sql')
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ direction: 'return', ruleId: 'rt-middlebox-forwarding' })
    expect(a.failure!.reason).toContain('asymmetric path')
    expect(a.failure!.hop.id).toBe('fw-vm')
  })

  it('detects routing loops between appliances', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt-app' })
      .subnet('f1', 'v', '10.0.8.0/24', { routeTable: 'rt-f1' })
      .subnet('f2', 'v', '10.0.9.0/24', { routeTable: 'rt-f2' })
      .routeTable('rt-app', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'fw1']])
      .routeTable('rt-f1', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'fw2']])
      .routeTable('rt-f2', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'fw1']])
      .workload('fw1', 'f1', { sourceDestCheck: false }).workload('fw2', 'f2', { sourceDestCheck: false })
      .workload('web', 'app')
      .build()
    const a = reach(p, 'web', 'internet')
    expect(a.reachable).toBe(false)
    expect(a.failure!.reason).toMatch(/^routing loop/)
    expect(path(a.forward).filter((h) => h === 'workload:fw1')).toHaveLength(2)
  })

  it('never lets a propagated route beat local, and prefers static over propagated at equal length', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt' })
      .routeTable('rt', 'v', [['10.0.0.0/16', 'local'], ['192.168.0.0/16', 'pcx']], { propagatingVgws: ['vgw'] })
      .vgw('vgw', 'v').onPrem('dc', ['10.0.5.0/24', '192.168.0.0/16']).vpn('vpn', 'vgw', 'dc')
      .vpc('peer', '192.168.0.0/16').subnet('peer-app', 'peer', '192.168.1.0/24', { routeTable: 'rt-peer' })
      .routeTable('rt-peer', 'peer', [['192.168.0.0/16', 'local'], ['10.0.0.0/16', 'pcx']])
      .peering('pcx', 'v', 'peer')
      .workload('web', 'app')
      .build()
    // 10.0.5.0/24 is propagated from the VGW and longer than local: local still wins (no subnet there → dropped in the VPC).
    const inside = reach(p, 'web', '10.0.5.10')
    expect(inside.forward[1].matched).toBe('10.0.0.0/16 → local')
    // 192.168.0.0/16 is both static (→ pcx) and propagated (→ vgw): the static route wins.
    const peer = reach(p, 'web', 'peer-app')
    expect(peer.forward[1].matched).toBe('192.168.0.0/16 → pcx')
    expect(peer.reachable).toBe(true)
  })

  it('uses the VPC main route table for subnets without an explicit association', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16').vpc('w', '10.1.0.0/16')
      .subnet('app', 'v', '10.0.1.0/24')
      .subnet('w-app', 'w', '10.1.1.0/24')
      .routeTable('main-v', 'v', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx']], { main: true })
      .routeTable('main-w', 'w', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx']], { main: true })
      .peering('pcx', 'v', 'w')
      .build()
    const a = reach(p, 'app', 'w-app')
    expect(a.reachable).toBe(true)
    expect(a.forward[0]).toMatchObject({ id: 'app', consulted: 'route table main-v' })
  })
})
