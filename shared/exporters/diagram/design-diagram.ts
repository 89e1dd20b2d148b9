import { layoutProject } from '../../layout/layout-project'
import type { Scene } from '../../layout/scene'
import { labelOf } from '../../model/kinds'
import type { Project } from '../../model/project'
import { validate } from '../../validation/engine'
import type { Diagnostic } from '../../validation/rule'

/** What the PNG and PDF exporters need from a design: its Scene, diagnostics and names. */
export interface DesignDiagram {
  readonly scene: Scene
  readonly designName: string
  readonly formatVersion: number
  readonly diagnostics: readonly Diagnostic[]
  readonly resourceName: (id: string) => string | undefined
}

/**
 * Validates the design (unless the caller already has its diagnostics, as the editor does) and
 * lays it out with those diagnostics as badges, exactly as the canvas shows it.
 */
export async function designDiagram(project: Project, diagnostics?: readonly Diagnostic[]): Promise<DesignDiagram> {
  const found = diagnostics ?? validate(project).diagnostics
  const scene = await layoutProject(project, { diagnostics: found })
  const names = new Map(project.resources.map((r) => [r.id, labelOf(r)]))
  return { scene, designName: project.name, formatVersion: project.formatVersion, diagnostics: found, resourceName: (id) => names.get(id) }
}
