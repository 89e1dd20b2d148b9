import { registerAppHandlers } from './app-handlers'
import type { HandlerDeps } from './deps'
import { registerExportHandlers } from './export-handlers'
import type { createHandle } from './handle'
import { registerProjectHandlers } from './project-handlers'
import { registerRecoveryHandlers } from './recovery-handlers'

/** Every contract channel gets its handler here; the registry test checks none is missing. */
export function registerHandlers(handle: ReturnType<typeof createHandle>, deps: HandlerDeps): void {
  registerProjectHandlers(handle, deps)
  registerRecoveryHandlers(handle, deps)
  registerExportHandlers(handle, deps)
  registerAppHandlers(handle, deps)
}
