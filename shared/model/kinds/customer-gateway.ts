import { z } from 'zod'
import { defineKind, optionalRef } from '../define-kind'
import { asn, common, ipV4, ref, region } from '../primitives'

/** The on-premises end of a Site-to-Site VPN, registered in one account and Region. */
export const customerGatewaySchema = z
  .object({
    kind: z.literal('customerGateway'),
    ...common,
    account: ref,
    region,
    /** The device's public IP; unknown in a design until someone provides it. */
    ipAddress: ipV4.optional(),
    bgpAsn: asn.default(65000),
    /** The on-premises network behind the device. */
    onPremNetwork: ref.optional(),
  })
  .strict()
export type CustomerGateway = z.infer<typeof customerGatewaySchema>

export const customerGatewayKind = defineKind({
  kind: 'customerGateway',
  title: 'Customer gateway',
  schema: customerGatewaySchema,
  label: (g) => (g.ipAddress ? `${g.name} (${g.ipAddress})` : g.name),
  refs: (g) => [
    { path: ['account'], id: g.account, kinds: ['account'] },
    ...optionalRef(['onPremNetwork'], g.onPremNetwork, ['onPremNetwork']),
  ],
})
