import { z } from 'zod'
import { defineKind, listRefs, type RefSite } from '../define-kind'
import { cidrAny, common, ref } from '../primitives'

export const tgwAttachmentKinds = ['tgwVpcAttachment', 'tgwPeeringAttachment', 'tgwVpnAttachment', 'tgwDxAttachment'] as const

export const tgwRouteSchema = z
  .object({
    destination: cidrAny,
    /** An attachment of this transit gateway, or `blackhole` to drop matching traffic. */
    target: z.union([z.literal('blackhole'), ref]),
  })
  .strict()
export type TgwRoute = z.infer<typeof tgwRouteSchema>

/** A transit gateway route table with its associations, propagations and static routes. */
export const tgwRouteTableSchema = z
  .object({
    kind: z.literal('tgwRouteTable'),
    ...common,
    transitGateway: ref,
    /** Attachments whose incoming traffic is looked up in this table (each attachment in at most one table). */
    associations: z.array(ref).default([]),
    /** Attachments whose routes (a VPC's blocks, a VPN's learned prefixes) are propagated into this table. */
    propagations: z.array(ref).default([]),
    routes: z.array(tgwRouteSchema).default([]),
  })
  .strict()
export type TgwRouteTable = z.infer<typeof tgwRouteTableSchema>

export const tgwRouteTableKind = defineKind({
  kind: 'tgwRouteTable',
  title: 'TGW route table',
  schema: tgwRouteTableSchema,
  label: (t) => t.name,
  refs: (t) => [
    { path: ['transitGateway'], id: t.transitGateway, kinds: ['transitGateway'] },
    ...listRefs(['associations'], t.associations, tgwAttachmentKinds),
    ...listRefs(['propagations'], t.propagations, tgwAttachmentKinds),
    ...t.routes.flatMap((r, i): RefSite[] =>
      r.target === 'blackhole' ? [] : [{ path: ['routes', i, 'target'], id: r.target, kinds: tgwAttachmentKinds }],
    ),
  ],
})
