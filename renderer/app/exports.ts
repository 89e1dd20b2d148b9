import Konva from 'konva'
import { drawSceneToKonvaLayer } from '../../shared/exporters/png/konva-draw'
import { exportPdf } from '../../shared/exporters/pdf/export-pdf'
import { ExportBlockedError, exportTerraform } from '../../shared/exporters/terraform'
import type { Scene } from '../../shared/layout/scene'
import type { Theme } from '../../shared/layout/style'
import type { Project } from '../../shared/model'
import type { Diagnostic } from '../../shared/validation/rule'

/** The PNG of a Scene at `scale`, drawn by the same code as the CLI's PNG export. */
export async function scenePng(scene: Scene, theme: Theme, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  const container = document.createElement('div')
  const stage = new Konva.Stage({ container, width: scene.width, height: scene.height })
  try {
    const layer = new Konva.Layer({ listening: false })
    stage.add(layer)
    const { bounds } = drawSceneToKonvaLayer(Konva, scene, layer, { theme: theme === 'dark' ? 'dark' : 'light' })
    layer.draw()
    const blob = (await stage.toBlob({ ...bounds, pixelRatio: scale, mimeType: 'image/png' })) as Blob
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    stage.destroy()
  }
}

export function scenePdf(project: Project, scene: Scene, diagnostics: readonly Diagnostic[]): Uint8Array<ArrayBuffer> {
  const names = new Map(project.resources.map((r) => [r.id, r.name]))
  return new Uint8Array(exportPdf({ scene, designName: project.name, formatVersion: project.formatVersion, diagnostics, resourceName: (id) => names.get(id) }, { theme: 'print' }).bytes)
}

/** Terraform files, or the reason the export is refused (a design with validation errors). */
export function terraformFiles(project: Project): { ok: true; files: Record<string, string> } | { ok: false; message: string } {
  try {
    return { ok: true, files: exportTerraform(project) }
  } catch (e) {
    if (e instanceof ExportBlockedError) return { ok: false, message: e.message }
    throw e
  }
}
