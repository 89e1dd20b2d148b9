/// <reference lib="webworker" />
// Runs layout off the UI thread. One LayoutCache lives as long as the worker, so an edit inside one
// VPC re-lays only that VPC and its ancestors.
import { LayoutCache, layoutProject } from '../../shared/layout'
import type { LayoutRequest, LayoutResponse } from './layout-messages'

const cache = new LayoutCache()

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { seq, project, diagnostics } = event.data
  let response: LayoutResponse
  try {
    response = { seq, scene: await layoutProject(project, { cache, diagnostics }) }
  } catch (e) {
    response = { seq, error: (e as Error).message }
  }
  ;(self as unknown as Worker).postMessage(response)
}
