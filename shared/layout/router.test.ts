import { describe, expect, it } from 'vitest'
import { CLEARANCE, Router, simplifyPath } from './router'
import { type Rect, rectsOverlap, type ScenePoint } from './scene'

const bounds = { x: 0, y: 0, width: 400, height: 300 }

function segmentsHit(points: readonly ScenePoint[], box: Rect): boolean {
  return points.slice(1).some((b, i) => {
    const a = points[i]!
    const seg = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.max(1e-9, Math.abs(a.x - b.x)), height: Math.max(1e-9, Math.abs(a.y - b.y)) }
    return rectsOverlap(seg, box)
  })
}

const orthogonal = (points: readonly ScenePoint[]) => points.slice(1).every((b, i) => b.x === points[i]!.x || b.y === points[i]!.y)

describe('Router', () => {
  it('joins ends facing each other across a gap narrower than two clearances with one straight line', () => {
    // A VPC's east side 16 units from its Region's east border: no room on the grid for exit and entry points.
    const vpc = { x: 16, y: 40, width: 368, height: 200 }
    const from = { point: { x: 384, y: 140 }, side: 'EAST' as const }
    const to = { point: { x: 400, y: 140 }, side: 'WEST' as const }
    expect(new Router([vpc], bounds, [from, to]).route(from, to)).toEqual([from.point, to.point])
  })

  it('routes straight when nothing is in the way', () => {
    const from = { point: { x: 50, y: 100 }, side: 'SOUTH' as const }
    const to = { point: { x: 50, y: 200 }, side: 'NORTH' as const }
    expect(new Router([], bounds, [from, to]).route(from, to)).toEqual([
      { x: 50, y: 100 },
      { x: 50, y: 200 },
    ])
  })

  it('goes around a box in the way, keeping its clearance, with orthogonal segments', () => {
    const wall = { x: 20, y: 130, width: 200, height: 40 }
    const from = { point: { x: 100, y: 100 }, side: 'SOUTH' as const }
    const to = { point: { x: 100, y: 250 }, side: 'NORTH' as const }
    const points = new Router([wall], bounds, [from, to]).route(from, to)
    expect(points[0]).toEqual(from.point)
    expect(points.at(-1)).toEqual(to.point)
    expect(orthogonal(points)).toBe(true)
    const inflated = { x: wall.x - CLEARANCE + 1, y: wall.y - CLEARANCE + 1, width: wall.width + 2 * CLEARANCE - 2, height: wall.height + 2 * CLEARANCE - 2 }
    expect(segmentsHit(points, inflated)).toBe(false)
  })

  it('sends a second edge round the other side of a box when the first took one side', () => {
    const wall = { x: 60, y: 130, width: 280, height: 40 }
    const a = { point: { x: 200, y: 100 }, side: 'SOUTH' as const }
    const b = { point: { x: 200, y: 250 }, side: 'NORTH' as const }
    const router = new Router([wall], bounds, [a, b])
    const first = router.route(a, b)
    const second = router.route(a, b)
    expect(orthogonal(second)).toBe(true)
    const side = (points: readonly ScenePoint[]) => Math.sign(Math.min(...points.map((p) => p.x)) - wall.x)
    expect(side(first)).not.toBe(side(second))
  })

  it('is deterministic', () => {
    const boxes = [
      { x: 40, y: 40, width: 80, height: 60 },
      { x: 200, y: 120, width: 120, height: 50 },
    ]
    const from = { point: { x: 80, y: 100 }, side: 'SOUTH' as const }
    const to = { point: { x: 260, y: 120 }, side: 'NORTH' as const }
    expect(new Router(boxes, bounds, [from, to]).route(from, to)).toEqual(new Router(boxes, bounds, [from, to]).route(from, to))
  })
})

describe('simplifyPath', () => {
  it('drops repeated and collinear points', () => {
    expect(
      simplifyPath([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 0, y: 5 },
        { x: 0, y: 10 },
        { x: 10, y: 10 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 10, y: 10 },
    ])
  })
})
