import { describe, expect, it } from 'vitest'
import { CidrIndex } from '../../shared/net/cidr-index'
import { cidr } from '../../shared/net/cidr'
import { loadProjectValue, serializeProject } from '../../shared/model'
import { generateDesign } from './generate'

describe('generateDesign', () => {
  const p = generateDesign({ vpcs: 500, seed: 1 })
  const count = (kind: string) => p.resources.filter((r) => r.kind === kind).length

  it('is deterministic for a seed and differs across seeds', () => {
    expect(serializeProject(generateDesign({ vpcs: 40, seed: 7 }))).toBe(serializeProject(generateDesign({ vpcs: 40, seed: 7 })))
    expect(serializeProject(generateDesign({ vpcs: 40, seed: 8 }))).not.toBe(serializeProject(generateDesign({ vpcs: 40, seed: 7 })))
  })

  it('has the size the benchmarks expect for 500 VPCs', () => {
    expect(count('vpc')).toBe(500)
    expect(count('subnet')).toBe(3000)
    expect(count('peeringConnection')).toBeGreaterThan(900)
    expect(count('transitGateway')).toBe(4)
    expect(count('tgwVpcAttachment')).toBeGreaterThanOrEqual(290)
  })

  it('passes the file checks (schema and references)', () => {
    expect(loadProjectValue(JSON.parse(serializeProject(p))).ok).toBe(true)
  })

  it('plans VPC CIDRs without overlap', () => {
    const idx = new CidrIndex<string>()
    for (const r of p.resources) if (r.kind === 'vpc') idx.add(r.cidr, r.id)
    for (const r of p.resources) if (r.kind === 'vpc') expect(idx.overlapping(cidr(r.cidr)).map((h) => h.value)).toEqual([r.id])
  })

  it('refuses sizes it cannot plan', () => {
    expect(() => generateDesign({ vpcs: 5000 })).toThrow(/1 to 4096/)
    expect(() => generateDesign({ vpcs: 0 })).toThrow()
  })
})
