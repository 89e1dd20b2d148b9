import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/helpers/cli'
import { rules } from '../../../shared/validation/rules'

describe('netdraft rules', () => {
  it('lists every rule with its severity and title, exit 0', async () => {
    const r = await cli(['rules'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^rt-blackhole +warning +Routes point to targets that carry traffic$/m)
    expect(r.out).toContain(`${Object.keys(rules).length} rules; details: docs/rules/<id>.md`)
  })

  it('prints JSON sorted by id', async () => {
    const r = await cli(['rules', '--json'])
    const list = JSON.parse(r.out) as { id: string; severity: string; title: string; appliesTo: string[]; docs: string }[]
    expect(list.map((x) => x.id)).toEqual(Object.keys(rules))
    expect(list.find((x) => x.id === 'vpc-cidr-ipv4-size')).toEqual({
      id: 'vpc-cidr-ipv4-size',
      severity: 'error',
      title: 'VPC IPv4 blocks are between /16 and /28',
      appliesTo: ['vpc'],
      docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
    })
  })

  it('refuses arguments', async () => {
    expect((await cli(['rules', 'extra'])).code).toBe(2)
  })
})
