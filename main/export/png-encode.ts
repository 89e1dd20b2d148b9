import { crc32, deflateSync } from 'node:zlib'

export interface RawImage {
  readonly width: number
  readonly height: number
  /** RGBA, 4 bytes a pixel, alpha-premultiplied (as canvases store it). */
  readonly premultiplied: Uint8Array
}

export interface PngEncodeOptions {
  /** Keep the alpha channel (transparent background); otherwise RGB, which is a quarter smaller. */
  readonly alpha: boolean
  /** Pixels per inch written to pHYs, so a 2× image prints at the diagram's size. */
  readonly ppi: number
  readonly software: string
}

/**
 * A PNG encoder for diagram rasters. @napi-rs/canvas's encoder spends seconds on a 30-megapixel
 * image; diagrams are mostly flat colour, so the Up filter and a fast deflate level compress them
 * about as well in a fraction of the time. Output depends only on the pixels and options.
 */
export function encodePng(image: RawImage, options: PngEncodeOptions): Buffer {
  const { width, height, premultiplied } = image
  const channels = options.alpha ? 4 : 3
  const stride = width * channels
  const filtered = Buffer.alloc((stride + 1) * height)
  let previous = new Uint8Array(stride)
  let current = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    unpremultiplyRow(premultiplied, y * width * 4, width, channels, current)
    const out = y * (stride + 1)
    filtered[out] = 2 // Up: each byte minus the byte above, which is 0 across flat areas.
    for (let i = 0; i < stride; i++) filtered[out + 1 + i] = (current[i] - previous[i]) & 0xff
    ;[previous, current] = [current, previous]
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = options.alpha ? 6 : 2 // RGBA or RGB
  const ppm = Math.round(options.ppi * 39.3701)
  const phys = Buffer.alloc(9)
  phys.writeUInt32BE(ppm, 0)
  phys.writeUInt32BE(ppm, 4)
  phys[8] = 1 // unit: metre
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('pHYs', phys),
    chunk('tEXt', Buffer.from(`Software\u0000${options.software}`, 'latin1')),
    chunk('IDAT', deflateSync(filtered, { level: 4 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function unpremultiplyRow(src: Uint8Array, offset: number, width: number, channels: number, row: Uint8Array) {
  for (let x = 0; x < width; x++) {
    const s = offset + x * 4
    const d = x * channels
    const a = src[s + 3]
    if (a === 255 || channels === 3) {
      row[d] = src[s]
      row[d + 1] = src[s + 1]
      row[d + 2] = src[s + 2]
    } else if (a === 0) {
      row[d] = row[d + 1] = row[d + 2] = 0
    } else {
      row[d] = Math.min(255, Math.round((src[s] * 255) / a))
      row[d + 1] = Math.min(255, Math.round((src[s + 1] * 255) / a))
      row[d + 2] = Math.min(255, Math.round((src[s + 2] * 255) / a))
    }
    if (channels === 4) row[d + 3] = a
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length)
  return out
}
