import { useEffect, useRef, useState } from 'react'
import type { Scene } from '../../shared/layout/scene'
import type { Project } from '../../shared/model'
import type { Diagnostic } from '../../shared/validation/rule'
import { LayoutClient, Superseded } from '../canvas/layout-client'

/** The Scene of the project, laid out in a Web Worker; the last good Scene stays up while the next one is computed. */
export function useScene(project: Project, diagnostics: readonly Diagnostic[]): { scene: Scene | null; error: string | null; ms: number | null } {
  const client = useRef<LayoutClient | null>(null)
  const [state, setState] = useState<{ scene: Scene | null; error: string | null; ms: number | null }>({ scene: null, error: null, ms: null })
  useEffect(() => {
    client.current = new LayoutClient()
    return () => client.current?.dispose()
  }, [])
  useEffect(() => {
    const started = performance.now()
    client.current
      ?.layout(project, diagnostics)
      .then((scene) => setState({ scene, error: null, ms: performance.now() - started }))
      .catch((e: Error) => {
        if (!(e instanceof Superseded)) setState((s) => ({ ...s, error: e.message }))
      })
  }, [project, diagnostics])
  return state
}
