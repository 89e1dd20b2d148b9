import Konva from 'konva'
import { drawSceneToKonvaLayer } from '../../shared/exporters/png/konva-draw'
import { exportPdf } from '../../shared/exporters/pdf/export-pdf'
import { planRaster } from '../../shared/exporters/png/raster-plan'
import type { Scene } from '../../shared/layout/scene'
import type { Theme } from '../../shared/layout/style'
import type { Project } from '../../shared/model'
import type { Diagnostic } from '../../shared/validation/rule'

/**
 * The PNG of a Scene at `scale`, drawn by the same code as the CLI's PNG export. The stage is 1×1
 * so Konva allocates no full-size canvas; the raster is planned first and capped (with a note) when
 * the design is too large for one browser canvas.
 */
export async function scenePng(scene: Scene, theme: Theme, scale = 2): Promise<{ bytes: Uint8Array<ArrayBuffer>; note?: string }> {
  const container = document.createElement('div')
  const stage = new Konva.Stage({ container, width: 1, height: 1 })
  try {
    const layer = new Konva.Layer({ listening: false })
    stage.add(layer)
    const { bounds } = drawSceneToKonvaLayer(Konva, scene, layer, { theme: theme === 'dark' ? 'dark' : 'light' })
    const plan = planRaster(bounds, scale, 'cap')
    const canvas = layer.toCanvas({ ...plan.tiles[0].region, pixelRatio: plan.pixelRatio })
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'))
    return { bytes: new Uint8Array(await blob.arrayBuffer()), note: plan.note }
  } finally {
    stage.destroy()
  }
}

export function scenePdf(project: Project, scene: Scene, diagnostics: readonly Diagnostic[]): Uint8Array<ArrayBuffer> {
  const names = new Map(project.resources.map((r) => [r.id, r.name]))
  return new Uint8Array(exportPdf({ scene, designName: project.name, formatVersion: project.formatVersion, diagnostics, resourceName: (id) => names.get(id) }, { theme: 'print' }).bytes)
}
