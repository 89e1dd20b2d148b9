import { describe, expect, it } from 'vitest'
import { generateDesign } from '../../scripts/generator/generate'
import { fixAsEdit } from './apply-fix'

describe('fixAsEdit', () => {
  const p = generateDesign({ vpcs: 3, seed: 1 })
  it('turns "add route X → T in RT" into a route on that table', () => {
    const edit = fixAsEdit(p, 'add route 10.0.32.0/20 → pcx-0000-0001 in vpc-0000-rt-private-a')
    expect(edit?.label).toBe('Add route 10.0.32.0/20 → pcx-0000-0001')
    const after = edit!.apply(p)
    const table = after.resources.find((r) => r.id === 'vpc-0000-rt-private-a') as { routes: { destination?: string; target: string }[] }
    expect(table.routes.at(-1)).toEqual({ destination: '10.0.32.0/20', target: 'pcx-0000-0001' })
  })
  it('declines fixes it cannot express as an edit', () => {
    expect(fixAsEdit(p, 'create a peering connection between a and b')).toBeNull()
    expect(fixAsEdit(p, 'add route 10.0.0.0/8 → nothing in vpc-0000-rt-private-a')).toBeNull()
  })
})
