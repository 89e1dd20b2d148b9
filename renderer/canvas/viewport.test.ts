import { describe, expect, it } from 'vitest'
import type { Scene } from '../../shared/layout/scene'
import { elementsInRect, fitView, hitTest, toScene, visibleRect, zoomAt } from './viewport'

describe('viewport math', () => {
  it('zooms around the cursor: the scene point under it stays put', () => {
    const view = { x: 30, y: -40, zoom: 1.5 }
    const at = { x: 400, y: 300 }
    const before = toScene(view, at)
    const after = toScene(zoomAt(view, 1.25, at), at)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  it('clamps zoom', () => {
    expect(zoomAt({ x: 0, y: 0, zoom: 7 }, 10, { x: 0, y: 0 }).zoom).toBe(8)
  })

  it('fits a scene inside the viewport, centred', () => {
    const v = fitView({ x: 100, y: 50, width: 1000, height: 500 }, 800, 600, 0)
    expect(v.zoom).toBeCloseTo(0.8)
    const r = visibleRect(v, 800, 600)
    expect(r.x).toBeCloseTo(100)
    expect(r.width).toBeCloseTo(1000)
    expect(r.y + r.height / 2).toBeCloseTo(300)
  })

  const scene: Scene = {
    width: 500,
    height: 500,
    edges: [],
    elements: [
      { id: 'vpc', kind: 'vpc', x: 0, y: 0, width: 400, height: 400, label: ['vpc'], styleKey: 'vpc' },
      { id: 'sub', kind: 'subnet', parentId: 'vpc', x: 50, y: 50, width: 100, height: 100, label: ['s'], styleKey: 'subnetPrivate' },
    ],
  }
  it('hit-tests the innermost element', () => {
    expect(hitTest(scene, { x: 60, y: 60 })?.id).toBe('sub')
    expect(hitTest(scene, { x: 300, y: 300 })?.id).toBe('vpc')
    expect(hitTest(scene, { x: 450, y: 450 })).toBeUndefined()
  })
  it('selects elements fully inside a marquee', () => {
    expect(elementsInRect(scene, { x: 40, y: 40, width: 200, height: 200 }).map((e) => e.id)).toEqual(['sub'])
  })
})
