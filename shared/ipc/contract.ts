import { z } from 'zod'
import type { Project, ProjectInput } from '../model'
import { type ApiMethod, type Channel, invokeChannels, menuCommands } from './channels'

/**
 * The IPC contract: for every channel, the schema main parses the request with and the shape of its
 * response. Responses are `{ ok: true, ... }` or a failure as data; main never lets a stack cross.
 */

export const errorCodes = [
  'bad-request',
  'forbidden',
  'cancelled',
  'conflict',
  'invalid',
  'not-found',
  'permission',
  'too-large',
  'not-text',
  'disk-full',
  'read-only',
  'io',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** A located problem in a design: where (file, line, column, JSON path) and what (resource, field). */
export const problemSchema = z.object({
  code: z.string(),
  message: z.string(),
  path: z.string(),
  file: z.string().optional(),
  resourceId: z.string().optional(),
  field: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
})
export type Problem = z.infer<typeof problemSchema>

export const failureSchema = z.object({
  ok: z.literal(false),
  code: z.enum(errorCodes),
  message: z.string(),
  problems: z.array(problemSchema).optional(),
})
export type Failure = z.infer<typeof failureSchema>

const okWith = <T extends z.ZodRawShape>(shape: T) => z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), ...shape }), failureSchema])
const done = okWith({})
const none = z.object({}).strict()

/**
 * A design as the renderer holds it. Checked here only for being an object: the project service
 * re-validates it fully (schema and references) before any save and answers with located problems.
 */
const projectPayload = z.custom<ProjectInput>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'expected a project object' })
const loadedProject = z.custom<Project>((v) => typeof v === 'object' && v !== null)

/** What a window shows: the design, its file name (never a full path to write to) and its state. */
export const documentSchema = z.object({
  project: loadedProject,
  fileName: z.string().nullable(),
  dirty: z.boolean(),
  /** Restored from an autosaved copy: unsaved until the user saves. */
  recovered: z.boolean(),
  /** Format migrations applied while loading, e.g. `2-route-targets-as-ids`. */
  migrated: z.array(z.string()),
})
export type DocumentInfo = z.infer<typeof documentSchema>

/** Opening lands in this window when it holds an empty, unchanged design; otherwise in a window of its own. */
const opened = z.union([
  z.object({ ok: z.literal(true), openedIn: z.literal('this-window'), document: documentSchema }),
  z.object({ ok: z.literal(true), openedIn: z.literal('other-window'), fileName: z.string().nullable() }),
  failureSchema,
])

const saved = okWith({ fileName: z.string(), savedAt: z.string() })

export const recoveryKeySchema = z.string().regex(/^(file|untitled)-[a-f0-9-]{8,64}$/, 'expected a recovery key')
export const ruleIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a rule id such as subnet-cidr-within-vpc').max(80)
/** A suggested file name, without folders: the user picks the folder in the save dialog. */
const suggestedName = z
  .string()
  .max(120)
  .regex(/^[^/\\:*?"<>|\0]+$/, 'a file name without folders')
  .optional()
const MAX_EXPORT_BYTES = 512 * 1024 * 1024
const bytes = z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_EXPORT_BYTES, { error: 'expected 1 byte to 512 MB of file content' })
/** Terraform output files by name: no folders, only the kinds of file the exporter writes. */
export const terraformFileName = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\.(tf|tfvars|json|md)$/, 'a Terraform file name such as main.tf')
const terraformFiles = z
  .record(terraformFileName, z.string().max(64 * 1024 * 1024))
  .refine((f) => Object.keys(f).length > 0, { error: 'no files to export' })

export const contract = {
  [invokeChannels.newProject]: { request: none, response: done },
  [invokeChannels.openProject]: { request: none, response: opened },
  [invokeChannels.openRecentProject]: { request: z.object({ path: z.string().min(1).max(4096) }).strict(), response: opened },
  [invokeChannels.currentProject]: { request: none, response: okWith({ document: documentSchema }) },
  [invokeChannels.saveProject]: {
    request: z.object({ project: projectPayload, overwrite: z.boolean().default(false) }).strict(),
    response: saved,
  },
  [invokeChannels.saveProjectAs]: { request: z.object({ project: projectPayload }).strict(), response: saved },
  [invokeChannels.closeProject]: { request: none, response: done },
  [invokeChannels.markDirty]: { request: z.object({ dirty: z.boolean() }).strict(), response: done },
  [invokeChannels.listRecentFiles]: {
    request: none,
    response: okWith({ files: z.array(z.object({ path: z.string(), fileName: z.string() })) }),
  },
  [invokeChannels.listRecovery]: {
    request: none,
    response: okWith({ entries: z.array(z.object({ key: z.string(), name: z.string(), fileName: z.string().nullable(), savedAt: z.string() })) }),
  },
  [invokeChannels.restoreRecovery]: { request: z.object({ key: recoveryKeySchema }).strict(), response: opened },
  [invokeChannels.discardRecovery]: { request: z.object({ key: recoveryKeySchema }).strict(), response: done },
  [invokeChannels.exportPng]: { request: z.object({ bytes, suggestedName }).strict(), response: saved },
  [invokeChannels.exportPdf]: { request: z.object({ bytes, suggestedName }).strict(), response: saved },
  /**
   * Either the files the page already generated, or the design, for which main runs the Terraform
   * exporter of shared/exporters on the re-validated project. Main asks for the folder either way.
   */
  [invokeChannels.exportTerraform]: {
    request: z.union([
      z.object({ files: terraformFiles }).strict(),
      z.object({ project: projectPayload, allowErrors: z.boolean().default(false), singleFile: z.boolean().default(false) }).strict(),
    ]),
    response: saved,
  },
  [invokeChannels.openRulesDoc]: { request: z.object({ ruleId: ruleIdSchema }).strict(), response: done },
  [invokeChannels.openExternal]: { request: z.object({ url: z.string().max(2048) }).strict(), response: done },
  [invokeChannels.setMenuState]: {
    request: z
      .object({
        canUndo: z.boolean(),
        canRedo: z.boolean(),
        hasSelection: z.boolean(),
        validationVisible: z.boolean(),
        inspectorVisible: z.boolean(),
        theme: z.enum(['light', 'dark']),
      })
      .strict(),
    response: done,
  },
  [invokeChannels.replySnapshot]: {
    request: z.object({ requestId: z.number().int().nonnegative(), project: projectPayload.nullable() }).strict(),
    response: done,
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export type Request<C extends Channel> = z.input<(typeof contract)[C]['request']>
export type ParsedRequest<C extends Channel> = z.output<(typeof contract)[C]['request']>
export type Response<C extends Channel> = z.output<(typeof contract)[C]['response']>
export type MenuState = ParsedRequest<typeof invokeChannels.setMenuState>

export const menuCommandEventSchema = z.object({ command: z.enum(menuCommands) }).strict()
export const snapshotRequestEventSchema = z.object({ requestId: z.number().int().nonnegative() }).strict()

export type { ApiMethod, Channel }
