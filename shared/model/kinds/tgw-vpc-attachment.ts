import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { common, ref } from '../primitives'

/** A transit gateway attachment to a VPC, through one subnet per availability zone. */
export const tgwVpcAttachmentSchema = z
  .object({
    kind: z.literal('tgwVpcAttachment'),
    ...common,
    transitGateway: ref,
    vpc: ref,
    /** One subnet per AZ; traffic from AZs without one is dropped. */
    subnets: z.array(ref).min(1, 'a VPC attachment needs at least one subnet'),
    applianceMode: z.boolean().default(false),
    ipv6: z.boolean().default(false),
    securityGroupReferencing: z.boolean().default(true),
  })
  .strict()
export type TgwVpcAttachment = z.infer<typeof tgwVpcAttachmentSchema>

export const tgwVpcAttachmentKind = defineKind({
  kind: 'tgwVpcAttachment',
  title: 'TGW VPC attachment',
  schema: tgwVpcAttachmentSchema,
  label: (a) => a.name,
  refs: (a) => [
    { path: ['transitGateway'], id: a.transitGateway, kinds: ['transitGateway'] },
    { path: ['vpc'], id: a.vpc, kinds: ['vpc'] },
    ...listRefs(['subnets'], a.subnets, ['subnet']),
  ],
})
