import { describe, expect, it } from 'vitest'
import { planRaster } from './raster-plan'

const limits = { maxSide: 1000, maxPixels: 500_000, maxTotalPixels: 4_000_000 }

describe('planRaster', () => {
  it('renders one image at the asked scale when it fits', () => {
    const plan = planRaster({ x: 0, y: 0, width: 300, height: 200 }, 2, 'cap', limits)
    expect(plan).toMatchObject({ pixelRatio: 2, rows: 1, columns: 1 })
    expect(plan.tiles).toEqual([{ row: 0, column: 0, region: { x: 0, y: 0, width: 300, height: 200 }, pixelWidth: 600, pixelHeight: 400 }])
    expect(plan.note).toBeUndefined()
  })

  it('caps the scale so the image fits, and says so', () => {
    const plan = planRaster({ x: 0, y: 0, width: 2000, height: 1000 }, 4, 'cap', limits)
    const [tile] = plan.tiles
    expect(tile.pixelWidth).toBeLessThanOrEqual(1000)
    expect(tile.pixelWidth * tile.pixelHeight).toBeLessThanOrEqual(limits.maxPixels)
    expect(plan.pixelRatio).toBeLessThan(4)
    expect(plan.note).toMatch(/would be 8000×4000 px at scale 4 .*rendered at scale 0\.\d+/)
  })

  it('tiles at full scale, covering the diagram exactly once', () => {
    const bounds = { x: 10, y: 20, width: 1500, height: 900 }
    const plan = planRaster(bounds, 1, 'tile', limits)
    expect(plan.pixelRatio).toBe(1)
    expect(plan.columns).toBe(3)
    expect(plan.rows).toBe(2)
    for (const t of plan.tiles) expect(t.pixelWidth * t.pixelHeight).toBeLessThanOrEqual(limits.maxPixels)
    const area = plan.tiles.reduce((sum, t) => sum + t.pixelWidth * t.pixelHeight, 0)
    expect(area).toBe(1500 * 900)
    expect(plan.tiles[0].region).toMatchObject({ x: 10, y: 20 })
    expect(plan.note).toMatch(/2×3 tiles/)
  })

  it('refuses, without allocating, what even tiles could not hold', () => {
    expect(() => planRaster({ x: 0, y: 0, width: 10_000, height: 10_000 }, 1, 'tile', limits)).toThrow(/export a selection or a lower scale/)
  })

  it('rejects a scale that is not a positive number', () => {
    expect(() => planRaster({ x: 0, y: 0, width: 10, height: 10 }, 0)).toThrow(RangeError)
    expect(() => planRaster({ x: 0, y: 0, width: 10, height: 10 }, Number.NaN)).toThrow(RangeError)
  })
})
