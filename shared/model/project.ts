import { z } from 'zod'
import { resourceSchema } from './kinds'
import { ref } from './primitives'

/** The format version this build writes; files of newer versions are refused. */
export const CURRENT_FORMAT_VERSION = 1
export const SCHEMA_ID = 'https://netdraft.app/schema/netdraft-1.schema.json'

/** A diagnostic the team accepted: listed apart in reports, never hidden. */
export const suppressionSchema = z
  .object({
    rule: z.string().min(1),
    resource: ref,
    reason: z.string().min(1, 'say why the diagnostic is accepted'),
  })
  .strict()
export type Suppression = z.infer<typeof suppressionSchema>

export const pointSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict()

/** Where boxes the user moved stay; the layout engine fits everything else around them. */
export const layoutSchema = z
  .object({
    pins: z.record(ref, pointSchema).default({}),
  })
  .strict()

/** How the canvas was last shown; restored on open, never part of the network. */
export const viewSchema = z
  .object({
    zoom: z.number().positive().max(64).default(1),
    x: z.number().finite().default(0),
    y: z.number().finite().default(0),
    theme: z.enum(['light', 'dark']).optional(),
  })
  .strict()

export const projectSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    name: z.string().trim().min(1).max(255),
    description: z.string().max(4096).optional(),
    resources: z.array(resourceSchema).default([]),
    suppressions: z.array(suppressionSchema).default([]),
    layout: layoutSchema.default({ pins: {} }),
    view: viewSchema.default({ zoom: 1, x: 0, y: 0 }),
  })
  .strict()

export type Project = z.output<typeof projectSchema>
export type ProjectInput = z.input<typeof projectSchema>

export function emptyProject(name = 'Untitled network'): Project {
  return projectSchema.parse({ $schema: SCHEMA_ID, formatVersion: CURRENT_FORMAT_VERSION, name })
}
