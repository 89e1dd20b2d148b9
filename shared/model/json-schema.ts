import { z } from 'zod'
import { SCHEMA_ID, projectSchema } from './project'

/**
 * The JSON Schema of the file format, generated from the zod schema so the two cannot drift.
 * Checks zod runs in code (CIDR syntax, Regions, references between resources) are not expressible
 * here; editors get structure, field names and enums from it, and `netdraft validate` does the rest.
 */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>
  return { ...schema, $id: SCHEMA_ID, title: 'Netdraft design (*.netdraft.json)' }
}
