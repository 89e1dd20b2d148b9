import { describe, expect, it } from 'vitest'
import { MAX_PAGE_SIDE, MAX_TILE_PAGES, PAGE_POINTS, TILE_SCALE, diagramArea, planPages } from './page-plan'

describe('planPages', () => {
  it('puts a small diagram on one A4 page, landscape when it is wide', () => {
    const plan = planPages({ x: 0, y: 0, width: 900, height: 500 })
    expect([plan.pageWidth, plan.pageHeight]).toEqual([PAGE_POINTS.A4[1], PAGE_POINTS.A4[0]])
    expect(plan.orientation).toBe('landscape')
    expect(plan.pages).toHaveLength(1)
    expect(plan.pages[0].kind).toBe('single')
  })

  it('honours the asked page size and orientation', () => {
    const plan = planPages({ x: 0, y: 0, width: 900, height: 500 }, { page: 'Letter', orientation: 'portrait' })
    expect([plan.pageWidth, plan.pageHeight]).toEqual([612, 792])
    const a3 = planPages({ x: 0, y: 0, width: 500, height: 900 }, { page: 'A3' })
    expect([a3.pageWidth, a3.pageHeight]).toEqual([...PAGE_POINTS.A3])
  })

  it('keeps the single-page diagram inside the drawable area', () => {
    const plan = planPages({ x: 0, y: 0, width: 1200, height: 800 }, { page: 'A4' })
    const area = diagramArea(plan.pageWidth, plan.pageHeight)
    const p = plan.pages[0]
    expect(p.originX).toBeGreaterThanOrEqual(area.x - 1e-9)
    expect(p.originX + p.window.width * p.scale).toBeLessThanOrEqual(area.x + area.width + 1e-9)
    expect(p.originY + p.window.height * p.scale).toBeLessThanOrEqual(area.y + area.height + 1e-9)
  })

  it('tiles a large diagram behind an overview, tiles covering it with overlap', () => {
    const bounds = { x: 0, y: 0, width: 3000, height: 1800 }
    const plan = planPages(bounds, { page: 'A4', orientation: 'landscape' })
    expect(plan.pages[0].kind).toBe('overview')
    const tiles = plan.pages.slice(1)
    expect(tiles).toHaveLength(plan.rows * plan.columns)
    expect(plan.rows * plan.columns).toBeGreaterThan(1)
    const area = diagramArea(plan.pageWidth, plan.pageHeight)
    for (const t of tiles) {
      expect(t.scale).toBe(TILE_SCALE)
      expect(t.window.width * t.scale).toBeLessThanOrEqual(area.width + 1e-9)
      expect(t.window.height * t.scale).toBeLessThanOrEqual(area.height + 1e-9)
    }
    const last = tiles.at(-1)!
    expect(last.window.x + last.window.width).toBeCloseTo(3000)
    expect(last.window.y + last.window.height).toBeCloseTo(1800)
    expect(tiles[1].window.x).toBeLessThan(tiles[0].window.width)
  })

  it('scales onto one page with fitToPage', () => {
    const plan = planPages({ x: 0, y: 0, width: 3000, height: 1800 }, { fitToPage: true })
    expect(plan.pages).toHaveLength(1)
    expect(plan.pages[0].scale).toBeLessThan(TILE_SCALE)
  })

  it('falls back to one page, with a note, instead of hundreds of tiles', () => {
    const plan = planPages({ x: 0, y: 0, width: 100_000, height: 30_000 })
    expect(plan.pages).toHaveLength(1)
    expect(plan.note).toMatch(new RegExp(`would need \\d+ A4 pages .*limit ${MAX_TILE_PAGES}`))
  })

  it('makes a fit page the size of the diagram, capped at the PDF limit', () => {
    const plan = planPages({ x: 0, y: 0, width: 1000, height: 600 }, { page: 'fit' })
    expect(plan.pageWidth).toBeCloseTo(1000 * 0.75 + 56)
    expect(plan.pages[0].scale).toBe(0.75)
    expect(plan.note).toBeUndefined()
    const huge = planPages({ x: 0, y: 0, width: 100_000, height: 30_000 }, { page: 'fit' })
    expect(huge.pageWidth).toBeLessThanOrEqual(MAX_PAGE_SIDE)
    expect(huge.pageHeight).toBeLessThanOrEqual(MAX_PAGE_SIDE)
    expect(huge.note).toMatch(/above the PDF page limit/)
  })
})
