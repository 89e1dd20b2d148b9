import type { Canvas } from '@napi-rs/canvas'
import type { Scene } from '../../shared/layout/scene'
import type { PngRasterizer } from '../../shared/exporters/png'
import { drawSceneToKonvaLayer, type KonvaDrawOptions } from '../../shared/exporters/png/konva-draw'
import { type OversizeMode, PNG_LIMITS, type PngLimits, planRaster } from '../../shared/exporters/png/raster-plan'
import { BUNDLED_FONT_FAMILY, nodeKonva } from './konva-node'
import { encodePng } from './png-encode'

export interface PngExportOptions extends Omit<KonvaDrawOptions, 'fontFamily'> {
  /** Pixels per scene unit: 1, 2 or 4 in the UI; any positive number works. */
  readonly scale?: number
  /** What to do when the image would exceed the pixel limits (default `cap`). */
  readonly oversize?: OversizeMode
  readonly limits?: PngLimits
}

export interface PngImage {
  readonly row: number
  readonly column: number
  readonly width: number
  readonly height: number
  readonly bytes: Buffer
}

export interface PngExport {
  /** One image, or the tiles row by row when the diagram was split. */
  readonly images: readonly PngImage[]
  readonly rows: number
  readonly columns: number
  readonly pixelRatio: number
  readonly note?: string
}

/**
 * Renders a Scene to PNG in Node with the same Konva drawing code the app uses. The stage stays
 * 1×1 so Konva allocates no full-size layer canvas; each raster is allocated by toCanvas at the
 * size the plan allowed, encoded, and released before the next one.
 */
export async function exportScenePng(scene: Scene, options: PngExportOptions = {}): Promise<PngExport> {
  const Konva = nodeKonva()
  const stage = new Konva.Stage({ width: 1, height: 1 } as ConstructorParameters<typeof Konva.Stage>[0])
  const layer = new Konva.Layer({ listening: false })
  stage.add(layer)
  try {
    const diagram = drawSceneToKonvaLayer(Konva, scene, layer, { ...options, fontFamily: `"${BUNDLED_FONT_FAMILY}"` })
    const { bounds } = diagram
    const plan = planRaster(bounds, options.scale ?? 1, options.oversize ?? 'cap', options.limits ?? PNG_LIMITS)
    const images: PngImage[] = []
    for (const tile of plan.tiles) {
      diagram.setVisibleRegion(tile.region)
      const canvas = layer.toCanvas({ ...tile.region, pixelRatio: plan.pixelRatio, imageSmoothingEnabled: true }) as unknown as Canvas
      const { width, height } = canvas
      const pixels = canvas.data()
      // Release the canvas before encoding: at the pixel cap it holds 128 MB the encoder no longer needs.
      canvas.width = 0
      canvas.height = 0
      const bytes = encodePng({ width, height, premultiplied: pixels }, { alpha: options.background === false, ppi: 96 * plan.pixelRatio, software: 'Netdraft' })
      images.push({ row: tile.row, column: tile.column, width, height, bytes })
    }
    return { images, rows: plan.rows, columns: plan.columns, pixelRatio: plan.pixelRatio, ...(plan.note ? { note: plan.note } : {}) }
  } finally {
    stage.destroy()
  }
}

/**
 * The registry's PNG exporter in Node (shared/exporters/png `pngExporter`): one image, capped.
 * Tiling writes several files, which only the CLI does.
 */
export const nodePngRasterizer: PngRasterizer = async (scene, options) => {
  const result = await exportScenePng(scene, { ...options, oversize: 'cap' })
  return result.images[0].bytes
}
