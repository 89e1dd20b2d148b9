import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** The transit gateway attachment that a Site-to-Site VPN terminating on a TGW creates. */
export const tgwVpnAttachmentSchema = z
  .object({
    kind: z.literal('tgwVpnAttachment'),
    ...common,
    transitGateway: ref,
    vpnConnection: ref,
  })
  .strict()
export type TgwVpnAttachment = z.infer<typeof tgwVpnAttachmentSchema>

export const tgwVpnAttachmentKind = defineKind({
  kind: 'tgwVpnAttachment',
  title: 'TGW VPN attachment',
  schema: tgwVpnAttachmentSchema,
  label: (a) => a.name,
  refs: (a) => [
    { path: ['transitGateway'], id: a.transitGateway, kinds: ['transitGateway'] },
    { path: ['vpnConnection'], id: a.vpnConnection, kinds: ['vpnConnection'] },
  ],
})
