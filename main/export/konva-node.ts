import { DOMMatrix, GlobalFonts, Image, Path2D, createCanvas } from '@napi-rs/canvas'
import Konva from 'konva'
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_FILES, bundledFontPath } from './bundled-fonts'

/**
 * Konva in plain Node: it draws on whatever Util.createCanvasElement returns, so point it (and the
 * DOMMatrix / Path2D globals it expects) at @napi-rs/canvas. Done once per process.
 */

export { BUNDLED_FONT_FAMILY } from './bundled-fonts'

let ready = false

export function nodeKonva(): typeof Konva {
  if (ready) return Konva
  const g = globalThis as Record<string, unknown>
  g.DOMMatrix ??= DOMMatrix
  g.Path2D ??= Path2D
  Konva.Util.createCanvasElement = () => {
    const canvas = createCanvas(1, 1) as unknown as { style?: object }
    // Konva sets canvas.style.* on the canvases it creates.
    canvas.style ??= {}
    return canvas as unknown as HTMLCanvasElement
  }
  Konva.Util.createImageElement = () => new Image() as unknown as HTMLImageElement
  registerBundledFonts()
  ready = true
  return Konva
}

function registerBundledFonts() {
  for (const file of Object.values(BUNDLED_FONT_FILES)) {
    const path = bundledFontPath(file)
    if (!GlobalFonts.registerFromPath(path, BUNDLED_FONT_FAMILY)) throw new Error(`cannot load the bundled font ${path}`)
  }
}
