import { describe, expect, it } from 'vitest'
import { ReachabilityContext } from './context'
import { reachabilityMatrix } from './matrix'
import { design } from './test-helpers/design'
import { analyzeReachability } from './analyze'
import { generateDesign } from '../../scripts/generator/generate'

describe('reachabilityMatrix', () => {
  it('answers every ordered VPC pair from representative subnets', () => {
    const p = design()
      .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16').vpc('empty', '10.3.0.0/16')
      .subnet('a-nat', 'a', '10.0.0.0/24', { routeTable: 'rt-a' })
      .subnet('a-app', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
      .subnet('b-app', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
      .subnet('c-app', 'c', '10.2.1.0/24', { routeTable: 'rt-c' })
      .nat('nat', 'a-nat').igw('igw', 'a')
      .peering('pcx-ab', 'a', 'b').peering('pcx-bc', 'b', 'c')
      .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-ab']])
      .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx-ab'], ['10.2.0.0/16', 'pcx-bc']])
      .routeTable('rt-c', 'c', [['10.2.0.0/16', 'local'], ['10.1.0.0/16', 'pcx-bc']])
      .build()
    const m = reachabilityMatrix(new ReachabilityContext(p))
    expect(m.vpcs).toEqual([
      { id: 'a', name: 'a', subnet: 'a-app' },
      { id: 'b', name: 'b', subnet: 'b-app' },
      { id: 'c', name: 'c', subnet: 'c-app' },
      { id: 'empty', name: 'empty' },
    ])
    const grid = m.cells.map((row) => row.map((c) => (c.reachable ? 'Y' : 'n')).join(''))
    expect(grid).toEqual(['YYnn', 'YYYn', 'nYYn', 'nnnY'])
    expect(m.cells[0][2]).toEqual({ reachable: false, reason: 'no route to 10.2.1.4 in route table rt-a' })
    expect(m.cells[2][0]).toEqual({ reachable: false, reason: 'no route to 10.0.1.4 in route table rt-c' })
    expect(m.cells[0][3]).toEqual({ reachable: false, reason: 'empty has no subnet' })
  })

  it('gives, for every pair, the verdict of a reach query between the representative subnets', () => {
    const p = generateDesign({ vpcs: 30, seed: 7 })
    const ctx = new ReachabilityContext(p)
    const m = reachabilityMatrix(ctx)
    let reachable = 0
    m.vpcs.forEach((from, i) =>
      m.vpcs.forEach((to, j) => {
        if (i === j) return
        const a = analyzeReachability(ctx, { from: { type: 'subnet', subnet: from.subnet! }, to: { type: 'subnet', subnet: to.subnet! } })
        expect(m.cells[i][j]).toEqual(a.reachable ? { reachable: true } : { reachable: false, reason: a.failure!.reason, ...(a.failure!.ruleId && { ruleId: a.failure!.ruleId }) })
        if (a.reachable) reachable++
      }),
    )
    expect(reachable).toBeGreaterThan(30)
  })

  it('limits itself to chosen VPCs', () => {
    const p = design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').subnet('s', 'a', '10.0.1.0/24').build()
    expect(reachabilityMatrix(new ReachabilityContext(p), { vpcs: ['a'] }).vpcs.map((v) => v.id)).toEqual(['a'])
  })
})
