import type { Scene } from '../../shared/layout/scene'
import type { Project } from '../../shared/model'
import type { Diagnostic } from '../../shared/validation/rule'

export interface LayoutRequest {
  readonly seq: number
  readonly project: Project
  readonly diagnostics: readonly Pick<Diagnostic, 'resourceId' | 'severity'>[]
}

export type LayoutResponse = { seq: number; scene: Scene } | { seq: number; error: string }
