import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cidr, formatAddress, overlaps } from '../../net/cidr'
import { ruleTester, runRule } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './subnet-overlap'

ruleTester(rule, {
  valid: [
    {
      name: 'adjacent subnets, and the same block in another VPC',
      project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.0.0.0/16').subnet('s1', 'a', '10.0.0.0/24').subnet('s2', 'a', '10.0.1.0/24').subnet('s3', 'b', '10.0.0.0/24').build(),
    },
  ],
  invalid: [
    {
      name: 'a subnet inside another, and an identical IPv6 block',
      project: design()
        .vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
        .subnet('s1', 'a', '10.0.0.0/23', { ipv6Cidr: '2600:1f18:0:100::/64' })
        .subnet('s2', 'a', '10.0.1.0/24', { ipv6Cidr: '2600:1f18:0:100::/64' })
        .build(),
      errors: [
        { messageId: 'overlap', target: 's2', field: 'cidr', related: ['s1'], message: '10.0.0.0/23' },
        { messageId: 'overlap', target: 's2', field: 'ipv6Cidr', related: ['s1'] },
      ],
    },
  ],
})

describe('subnet-overlap sweep', () => {
  it('reports exactly the overlapping pairs a pairwise comparison finds', () => {
    const block = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 20, max: 28 })).map(([n, prefix]) => {
      const size = 2 ** (32 - prefix)
      const start = (n * 256) - ((n * 256) % size)
      return cidr(`${formatAddress(BigInt(0x0a000000 + start), 4)}/${prefix}`)
    })
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 25 }), (blocks) => {
        const d = design().vpc('a', '10.0.0.0/16')
        blocks.forEach((b, i) => d.subnet(`s${i}`, 'a', b.text))
        const got = runRule(rule, d.build()).map((x) => `${x.resourceIds[1]}>${x.resourceId}`).sort()
        const want: string[] = []
        blocks.forEach((b, j) => blocks.slice(0, j).forEach((a, i) => overlaps(a, b) && want.push(`s${i}>s${j}`)))
        expect(got).toEqual(want.sort())
      }),
      { numRuns: 200 },
    )
  })
})
