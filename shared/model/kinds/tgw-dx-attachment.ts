import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** The transit gateway attachment for a Direct Connect gateway association. */
export const tgwDxAttachmentSchema = z
  .object({
    kind: z.literal('tgwDxAttachment'),
    ...common,
    transitGateway: ref,
    dxGateway: ref,
  })
  .strict()
export type TgwDxAttachment = z.infer<typeof tgwDxAttachmentSchema>

export const tgwDxAttachmentKind = defineKind({
  kind: 'tgwDxAttachment',
  title: 'TGW Direct Connect attachment',
  schema: tgwDxAttachmentSchema,
  label: (a) => a.name,
  refs: (a) => [
    { path: ['transitGateway'], id: a.transitGateway, kinds: ['transitGateway'] },
    { path: ['dxGateway'], id: a.dxGateway, kinds: ['dxGateway'] },
  ],
})
