import type { Project } from '../../model/project'
import { validate } from '../../validation/engine'
import type { Diagnostic } from '../../validation/rule'

/** The design's open validation errors (suppressed ones and warnings do not block an export). */
export function validationErrors(project: Project): Diagnostic[] {
  return validate(project, { minSeverity: 'error' }).diagnostics
}

/** Thrown when a design with validation errors is exported without `allowErrors`. */
export class ExportBlockedError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      `the design has ${diagnostics.length} validation error${diagnostics.length === 1 ? '' : 's'}; fix them or export with --allow-errors:\n${diagnostics
        .map((d) => `  ${d.ruleId} ${d.resourceId}${d.field ? ` ${d.field}` : ''}: ${d.message}`)
        .join('\n')}`,
    )
    this.name = 'ExportBlockedError'
  }
}
