import { z } from 'zod'
import { defineKind, optionalRef } from '../define-kind'
import { asn, common, ref, region } from '../primitives'

/** A virtual private gateway: the VPC side of a Site-to-Site VPN or a Direct Connect association. */
export const vpnGatewaySchema = z
  .object({
    kind: z.literal('vpnGateway'),
    ...common,
    account: ref,
    region,
    /** The VPC it is attached to; a detached VGW carries no traffic. */
    vpc: ref.optional(),
    amazonSideAsn: asn.default(64512),
  })
  .strict()
export type VpnGateway = z.infer<typeof vpnGatewaySchema>

export const vpnGatewayKind = defineKind({
  kind: 'vpnGateway',
  title: 'Virtual private gateway',
  schema: vpnGatewaySchema,
  label: (g) => g.name,
  refs: (g) => [{ path: ['account'], id: g.account, kinds: ['account'] }, ...optionalRef(['vpc'], g.vpc, ['vpc'])],
})
