import { z } from 'zod'
import { defineKind, optionalRef } from '../define-kind'
import { asn, common, ref, region } from '../primitives'

/**
 * A transit gateway: a regional router between its attachments. Netdraft designs list route table
 * associations explicitly; the default-table flags only matter for attachments that have none.
 */
export const transitGatewaySchema = z
  .object({
    kind: z.literal('transitGateway'),
    ...common,
    account: ref,
    region,
    amazonSideAsn: asn.default(64512),
    defaultRouteTableAssociation: z.boolean().default(false),
    defaultRouteTablePropagation: z.boolean().default(false),
    /** The table that default association and propagation use. */
    defaultRouteTable: ref.optional(),
    dnsSupport: z.boolean().default(true),
    vpnEcmpSupport: z.boolean().default(true),
    /** Security group referencing across attached VPCs (AWS default: disabled). */
    securityGroupReferencing: z.boolean().default(false),
  })
  .strict()
export type TransitGateway = z.infer<typeof transitGatewaySchema>

export const transitGatewayKind = defineKind({
  kind: 'transitGateway',
  title: 'Transit gateway',
  schema: transitGatewaySchema,
  label: (t) => `${t.name} (AS ${t.amazonSideAsn})`,
  refs: (t) => [
    { path: ['account'], id: t.account, kinds: ['account'] },
    ...optionalRef(['defaultRouteTable'], t.defaultRouteTable, ['tgwRouteTable']),
  ],
})
