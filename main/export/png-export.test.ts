import { createCanvas, loadImage } from '@napi-rs/canvas'
import { describe, expect, it } from 'vitest'
import { styles } from '../../shared/layout/style'
import { samplePublicSubnetProbe, sampleScene } from '../../shared/exporters/test-helpers/sample-scene'
import { exportScenePng } from './png-export'

/** Decodes a PNG (with @napi-rs/canvas) into straight RGBA pixels. */
async function decode(bytes: Buffer) {
  const image = await loadImage(bytes)
  const canvas = createCanvas(image.width, image.height)
  const ctx = canvas.getContext('2d')
  ctx.drawImage(image, 0, 0)
  const { data } = ctx.getImageData(0, 0, image.width, image.height)
  const at = (x: number, y: number) => {
    const i = (Math.floor(y) * image.width + Math.floor(x)) * 4
    return [data[i], data[i + 1], data[i + 2], data[i + 3]]
  }
  return { width: image.width, height: image.height, data, at }
}

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))

describe('exportScenePng', () => {
  it.each([1, 2, 4])('renders at scale %i: dimensions are the diagram size times the scale', async (scale) => {
    const result = await exportScenePng(sampleScene, { scale })
    expect(result.images).toHaveLength(1)
    const png = await decode(result.images[0].bytes)
    expect([png.width, png.height]).toEqual([900 * scale, 520 * scale])
    expect([result.images[0].width, result.images[0].height]).toEqual([900 * scale, 520 * scale])
    expect(result.note).toBeUndefined()
  })

  it('draws the public subnet with the style table fill where the Scene puts it', async () => {
    const scale = 2
    const png = await decode((await exportScenePng(sampleScene, { scale })).images[0].bytes)
    const { x, y } = samplePublicSubnetProbe
    expect(png.at(x * scale, y * scale)).toEqual([...hex(styles.light.boxes.subnetPublic.fill), 255])
    expect(png.at(5, 5)).toEqual([255, 255, 255, 255])
  })

  it('is not blank: many colours, the theme strokes among them', async () => {
    const png = await decode((await exportScenePng(sampleScene)).images[0].bytes)
    const colours = new Set<number>()
    for (let i = 0; i < png.data.length; i += 4) colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2])
    expect(colours.size).toBeGreaterThan(50)
    for (const key of ['account', 'vpc', 'subnetPrivate'] as const) {
      const [r, g, b] = hex(styles.light.boxes[key].stroke)
      expect(colours.has((r << 16) | (g << 8) | b), key).toBe(true)
    }
  })

  it('leaves the background transparent when asked', async () => {
    const png = await decode((await exportScenePng(sampleScene, { background: false })).images[0].bytes)
    expect(png.at(5, 5)[3]).toBe(0)
    expect(png.at(samplePublicSubnetProbe.x, samplePublicSubnetProbe.y)).toEqual([...hex(styles.light.boxes.subnetPublic.fill), 255])
  })

  it('caps an oversize image with a note instead of allocating it', async () => {
    const limits = { maxSide: 400, maxPixels: 100_000, maxTotalPixels: 10_000_000 }
    const result = await exportScenePng(sampleScene, { scale: 4, limits })
    const png = await decode(result.images[0].bytes)
    expect(png.width * png.height).toBeLessThanOrEqual(limits.maxPixels)
    expect(result.pixelRatio).toBeLessThan(1)
    expect(result.note).toMatch(/3600×2080 px at scale 4/)
  })

  it('tiles an oversize image at full scale when asked', async () => {
    const limits = { maxSide: 1000, maxPixels: 250_000, maxTotalPixels: 10_000_000 }
    const result = await exportScenePng(sampleScene, { scale: 2, limits, oversize: 'tile' })
    expect(result.rows * result.columns).toBe(result.images.length)
    expect(result.images.length).toBeGreaterThan(1)
    let area = 0
    for (const image of result.images) {
      const png = await decode(image.bytes)
      expect(png.width * png.height).toBeLessThanOrEqual(limits.maxPixels)
      area += png.width * png.height
    }
    expect(area).toBe(1800 * 1040)
  })

  it('crops to a selection', async () => {
    const png = await decode((await exportScenePng(sampleScene, { only: ['vpc-shared'] })).images[0].bytes)
    expect([png.width, png.height]).toEqual([240 + 32, 200 + 32])
  })

  it('produces identical bytes for identical input', async () => {
    const a = (await exportScenePng(sampleScene, { scale: 2 })).images[0].bytes
    const b = (await exportScenePng(sampleScene, { scale: 2 })).images[0].bytes
    expect(a.equals(b)).toBe(true)
  })
})
