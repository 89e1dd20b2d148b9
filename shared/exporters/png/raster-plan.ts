import type { Rect } from '../../layout/scene'

/**
 * How big a PNG may get before it is scaled down or cut into tiles. 32 megapixels is 128 MB of
 * RGBA, which a browser canvas and @napi-rs/canvas both allocate safely; 16384 px is the largest
 * canvas side Chromium accepts.
 */
export const PNG_LIMITS = { maxSide: 16384, maxPixels: 32 * 1024 * 1024, maxTotalPixels: 1024 * 1024 * 1024 } as const

export type PngLimits = { readonly maxSide: number; readonly maxPixels: number; readonly maxTotalPixels: number }
export const PNG_SCALES = [1, 2, 4] as const

/** One raster to render: a window of the diagram (scene units) and its size in pixels. */
export interface RasterTile {
  readonly row: number
  readonly column: number
  readonly region: Rect
  readonly pixelWidth: number
  readonly pixelHeight: number
}

export interface RasterPlan {
  /** Pixels per scene unit actually used (lower than asked when capped). */
  readonly pixelRatio: number
  readonly tiles: readonly RasterTile[]
  readonly rows: number
  readonly columns: number
  /** Why the output differs from what was asked (capped scale, tiles); absent when it does not. */
  readonly note?: string
}

export type OversizeMode = 'cap' | 'tile'

/**
 * Decides, before any pixel is allocated, how to rasterise `bounds` at `scale`: one image when it
 * fits the limits; otherwise `cap` lowers the scale until it fits, `tile` keeps the scale and
 * splits the image into tiles of at most `maxPixels`. Throws when even tiles would exceed
 * `maxTotalPixels` (the caller should export a selection or a lower scale).
 */
export function planRaster(bounds: Rect, scale: number, mode: OversizeMode = 'cap', limits: PngLimits = PNG_LIMITS): RasterPlan {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`PNG scale must be a positive number, got ${scale}`)
  const width = Math.max(1, Math.ceil(bounds.width * scale))
  const height = Math.max(1, Math.ceil(bounds.height * scale))
  const asked = `${width}×${height} px at scale ${scale} (${megapixels(width * height)})`
  if (fits(width, height, limits)) return { pixelRatio: scale, rows: 1, columns: 1, tiles: [tile(0, 0, bounds, width, height)] }
  if (mode === 'cap') {
    const ratio = Math.min(limits.maxSide / bounds.width, limits.maxSide / bounds.height, Math.sqrt(limits.maxPixels / (bounds.width * bounds.height)))
    // Round down to 1/1000 so the ceil() of the new size stays inside the limits.
    const capped = Math.floor(ratio * 1000) / 1000
    const w = Math.max(1, Math.ceil(bounds.width * capped))
    const h = Math.max(1, Math.ceil(bounds.height * capped))
    const note = `the image would be ${asked}, above the limit of ${megapixels(limits.maxPixels)} and ${limits.maxSide} px a side; rendered at scale ${capped} (${w}×${h} px) instead. Use tiles or export a selection for full resolution.`
    return { pixelRatio: capped, rows: 1, columns: 1, tiles: [tile(0, 0, bounds, w, h)], note }
  }
  if (width * height > limits.maxTotalPixels) {
    throw new RangeError(`the image would be ${asked}, above the limit of ${megapixels(limits.maxTotalPixels)} even in tiles; export a selection or a lower scale`)
  }
  const side = Math.min(limits.maxSide, Math.floor(Math.sqrt(limits.maxPixels)))
  const columns = Math.ceil(width / side)
  const rows = Math.ceil(height / side)
  const tiles: RasterTile[] = []
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const px = column * side
      const py = row * side
      const pw = Math.min(side, width - px)
      const ph = Math.min(side, height - py)
      tiles.push(tile(row, column, { x: bounds.x + px / scale, y: bounds.y + py / scale, width: pw / scale, height: ph / scale }, pw, ph))
    }
  }
  return { pixelRatio: scale, rows, columns, tiles, note: `the image would be ${asked}, above the limit of ${megapixels(limits.maxPixels)}; written as ${rows}×${columns} tiles of at most ${side}×${side} px` }
}

function fits(width: number, height: number, limits: PngLimits): boolean {
  return width <= limits.maxSide && height <= limits.maxSide && width * height <= limits.maxPixels
}

function tile(row: number, column: number, region: Rect, pixelWidth: number, pixelHeight: number): RasterTile {
  return { row, column, region, pixelWidth, pixelHeight }
}

function megapixels(pixels: number): string {
  return `${(pixels / 1e6).toFixed(1)} Mpx`
}
