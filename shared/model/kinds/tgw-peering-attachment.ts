import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** A peering attachment between two transit gateways (static routes only). */
export const tgwPeeringAttachmentSchema = z
  .object({
    kind: z.literal('tgwPeeringAttachment'),
    ...common,
    /** The requesting transit gateway. */
    transitGateway: ref,
    /** The accepting transit gateway, possibly in another account or Region. */
    peerTransitGateway: ref,
    status: z.enum(['available', 'pending-acceptance']).default('available'),
  })
  .strict()
export type TgwPeeringAttachment = z.infer<typeof tgwPeeringAttachmentSchema>

export const tgwPeeringAttachmentKind = defineKind({
  kind: 'tgwPeeringAttachment',
  title: 'TGW peering attachment',
  schema: tgwPeeringAttachmentSchema,
  label: (a) => a.name,
  refs: (a) => [
    { path: ['transitGateway'], id: a.transitGateway, kinds: ['transitGateway'] },
    { path: ['peerTransitGateway'], id: a.peerTransitGateway, kinds: ['transitGateway'] },
  ],
})
