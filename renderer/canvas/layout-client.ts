import type { Scene } from '../../shared/layout/scene'
import type { Project } from '../../shared/model'
import type { Diagnostic } from '../../shared/validation/rule'
import type { LayoutRequest, LayoutResponse } from './layout-messages'

/**
 * Sends layout requests to the worker; only the newest request's answer is delivered, so fast
 * edits never show an older Scene after a newer one.
 */
export class LayoutClient {
  private readonly worker: Worker
  private seq = 0
  private pending: { seq: number; resolve: (s: Scene) => void; reject: (e: Error) => void } | null = null

  constructor() {
    this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const p = this.pending
      if (!p || event.data.seq !== p.seq) return
      this.pending = null
      if ('scene' in event.data) p.resolve(event.data.scene)
      else p.reject(new Error(event.data.error))
    }
  }

  layout(project: Project, diagnostics: readonly Pick<Diagnostic, 'resourceId' | 'severity'>[]): Promise<Scene> {
    const seq = ++this.seq
    this.pending?.reject(new Superseded())
    return new Promise((resolve, reject) => {
      this.pending = { seq, resolve, reject }
      const request: LayoutRequest = { seq, project, diagnostics: diagnostics.map((d) => ({ resourceId: d.resourceId, severity: d.severity })) }
      this.worker.postMessage(request)
    })
  }

  dispose(): void {
    this.worker.terminate()
  }
}

/** A newer request replaced this one; callers ignore it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer layout')
  }
}
