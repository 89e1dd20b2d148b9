import type { Scene } from '../../layout/scene'
import type { Project } from '../../model/project'
import type { Diagnostic } from '../../validation/rule'
import { designDiagram } from '../diagram/design-diagram'
import type { Exporter } from '../index'
import type { KonvaDrawOptions } from './konva-draw'
import type { OversizeMode } from './raster-plan'

export { drawSceneToKonvaLayer, type KonvaDiagram, type KonvaDrawOptions } from './konva-draw'
export { CanvasPainter, type Canvas2DLike } from './canvas-painter'
export { planRaster, PNG_LIMITS, PNG_SCALES, type RasterPlan, type RasterTile, type OversizeMode } from './raster-plan'

export interface PngRenderOptions extends Omit<KonvaDrawOptions, 'fontFamily'> {
  readonly scale?: number
  readonly oversize?: OversizeMode
}

/**
 * Rasterising needs a canvas, which shared/ does not have: the CLI passes one built on
 * @napi-rs/canvas (main/export/png-export.ts), the app one on its browser Konva stage. Both draw
 * with drawSceneToKonvaLayer. Returns the PNG bytes (the first tile when the image was tiled).
 */
export type PngRasterizer = (scene: Scene, options: PngRenderOptions) => Promise<Uint8Array>

export interface PngExporterOptions extends PngRenderOptions {
  readonly rasterize: PngRasterizer
  /** The editor's current diagnostics (for badges); validated afresh when absent. */
  readonly diagnostics?: readonly Diagnostic[]
}

/** The design as a PNG image (see docs/exports.md). */
export const pngExporter: Exporter<PngExporterOptions> = {
  id: 'png',
  title: 'PNG image…',
  fileExtension: 'png',
  async export(project: Project, options: PngExporterOptions) {
    const { scene } = await designDiagram(project, options.diagnostics)
    const { rasterize, diagnostics: _diagnostics, ...render } = options
    return { kind: 'file', data: await rasterize(scene, render) }
  },
}
