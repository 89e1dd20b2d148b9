import { describe, expect, it } from 'vitest'
import { ICON_SIZE, styleKeys } from '../../layout/style'
import { sampleScene } from '../test-helpers/sample-scene'
import { glyphFontSize, glyphWidthEm } from './icon-glyph'
import { boxStyleNames, legendFor } from './legend'

describe('legendFor', () => {
  it('lists only the styles the diagram uses, in style-table order, each with a swatch', () => {
    const legend = legendFor(sampleScene)
    expect(legend.boxes.map((b) => b.name)).toEqual(['AWS account', 'AWS Region', 'VPC', 'Availability Zone', 'Public subnet (routes to an internet gateway)', 'Private subnet', 'Internet gateway'])
    expect(legend.edges.map((e) => e.name)).toEqual(['VPC peering'])
    for (const entry of [...legend.boxes, ...legend.edges]) expect(entry.ops.length).toBeGreaterThan(0)
  })

  it('names every box style', () => {
    for (const key of styleKeys) expect(boxStyleNames[key]).toMatch(/\w/)
  })

  it('lists nothing for an empty diagram', () => {
    expect(legendFor({ width: 0, height: 0, elements: [], edges: [] })).toEqual({ boxes: [], edges: [] })
  })
})

describe('icon glyphs', () => {
  it.each(['WWW', 'EIGW', 'VPCE', 'IGW', 'I', 'DC'])('%s fits its square with a margin', (glyph) => {
    const size = glyphFontSize(glyph)
    expect(size).toBeGreaterThan(3)
    expect(size).toBeLessThanOrEqual(9)
    expect(glyphWidthEm(glyph) * size).toBeLessThanOrEqual(ICON_SIZE - 6)
  })

  it('gives wide letters less room than narrow ones', () => {
    expect(glyphFontSize('WWW')).toBeLessThan(glyphFontSize('III'))
  })
})
