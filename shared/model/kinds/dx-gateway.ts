import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { asn, cidrV4, common, ref } from '../primitives'

/** A Direct Connect gateway (global) joining on-premises networks to VGWs or transit gateways. */
export const dxGatewaySchema = z
  .object({
    kind: z.literal('dxGateway'),
    ...common,
    account: ref,
    amazonSideAsn: asn.default(64512),
    /** Associated virtual private gateways and transit gateways. */
    associations: z.array(ref).default([]),
    /** Prefixes advertised to on-premises for transit gateway associations. */
    allowedPrefixes: z.array(cidrV4).default([]),
    /** On-premises networks reached over this gateway's virtual interfaces. */
    onPremNetworks: z.array(ref).default([]),
  })
  .strict()
export type DxGateway = z.infer<typeof dxGatewaySchema>

export const dxGatewayKind = defineKind({
  kind: 'dxGateway',
  title: 'Direct Connect gateway',
  schema: dxGatewaySchema,
  label: (g) => g.name,
  refs: (g) => [
    { path: ['account'], id: g.account, kinds: ['account'] },
    ...listRefs(['associations'], g.associations, ['vpnGateway', 'transitGateway']),
    ...listRefs(['onPremNetworks'], g.onPremNetworks, ['onPremNetwork']),
  ],
})
