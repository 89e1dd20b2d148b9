import { describe, expect, it } from 'vitest'
import { styles } from '../../layout/style'
import { samplePublicSubnetProbe, sampleScene } from '../test-helpers/sample-scene'
import type { PaintOp, RectOp, TextOp } from './paint-ops'
import { paintScene } from './scene-paint'
import { UnknownElementError } from './scene-subset'

const texts = (ops: readonly PaintOp[]) => ops.filter((o): o is TextOp => o.op === 'text').map((o) => o.text)
const rects = (ops: readonly PaintOp[]) => ops.filter((o): o is RectOp => o.op === 'rect')

describe('paintScene', () => {
  it('draws every element box with its style, every label line and the edge', () => {
    const { ops, bounds } = paintScene(sampleScene)
    expect(bounds).toEqual({ x: 0, y: 0, width: 900, height: 520 })
    for (const e of sampleScene.elements) {
      const style = styles.light.boxes[e.styleKey]
      expect(rects(ops)).toContainEqual(expect.objectContaining({ x: e.x, y: e.y, width: e.width, height: e.height, stroke: style.stroke, dash: style.dash }))
      for (const line of e.label) expect(texts(ops)).toContain(line)
    }
    expect(ops).toContainEqual(expect.objectContaining({ op: 'polyline', points: [520, 380, 560, 380, 560, 200, 600, 200], stroke: styles.light.edges.peering.stroke }))
    expect(texts(ops)).toContain('pcx prod-shared')
  })

  it('fills a public subnet with the style table colour and leaves transparent containers unfilled', () => {
    const { ops } = paintScene(sampleScene)
    const subnet = sampleScene.elements.find((e) => e.id === samplePublicSubnetProbe.id)!
    expect(rects(ops).find((r) => r.x === subnet.x && r.y === subnet.y)!.fill).toBe(styles.light.boxes.subnetPublic.fill)
    expect(rects(ops).find((r) => r.x === 60 && r.y === 100)!.fill).toBeNull()
  })

  it('puts badges last, and leaves them out with badges: false', () => {
    const withBadges = paintScene(sampleScene).ops
    const circles = withBadges.filter((o) => o.op === 'circle')
    expect(circles.map((c) => c.op === 'circle' && c.fill)).toEqual([styles.light.severity.error.fill, styles.light.severity.warning.fill])
    expect(withBadges.slice(-4).filter((o) => o.op === 'circle')).toHaveLength(2)
    expect(paintScene(sampleScene, { badges: false }).ops.some((o) => o.op === 'circle')).toBe(false)
  })

  it('uses the print theme: no subnet fills', () => {
    const { ops } = paintScene(sampleScene, { theme: 'print' })
    expect(rects(ops).find((r) => r.x === 92 && r.y === 200)!.fill).toBe('#FFFFFF')
  })

  it('shows a selection with its contents, its surrounding boxes as context, and crops to it', () => {
    const { ops, bounds } = paintScene(sampleScene, { only: ['vpc-shared'] })
    expect(bounds).toEqual({ x: 600 - 16, y: 100 - 16, width: 240 + 32, height: 200 + 32 })
    expect(texts(ops)).toEqual(expect.arrayContaining(['shared', '10.1.0.0/16', 'shared-a', '10.1.0.0/24']))
    expect(texts(ops)).not.toContain('prod')
    expect(texts(ops)).not.toContain('Account 111111111111')
    expect(rects(ops).some((r) => r.x === 20 && r.y === 20)).toBe(true)
    expect(ops.some((o) => o.op === 'polyline')).toBe(false)
  })

  it('keeps an edge when both of its ends are selected', () => {
    const { ops } = paintScene(sampleScene, { only: ['vpc-prod', 'vpc-shared'] })
    expect(ops.some((o) => o.op === 'polyline')).toBe(true)
  })

  it('refuses ids the Scene does not have, naming them', () => {
    expect(() => paintScene(sampleScene, { only: ['vpc-prod', 'vpc-nope'] })).toThrow(UnknownElementError)
    expect(() => paintScene(sampleScene, { only: ['vpc-nope'] })).toThrow('no element with id "vpc-nope" in the diagram')
  })

  it('is deterministic', () => {
    expect(JSON.stringify(paintScene(sampleScene))).toBe(JSON.stringify(paintScene(sampleScene)))
  })
})
