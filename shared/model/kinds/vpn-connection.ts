import { z } from 'zod'
import { defineKind } from '../define-kind'
import { cidrV4, common, ref } from '../primitives'

/** A Site-to-Site VPN from a customer gateway to a virtual private gateway or a transit gateway. */
export const vpnConnectionSchema = z
  .object({
    kind: z.literal('vpnConnection'),
    ...common,
    customerGateway: ref,
    /** A virtual private gateway or a transit gateway. */
    gateway: ref,
    routing: z.enum(['static', 'bgp']).default('bgp'),
    /** On-premises prefixes for static routing (BGP learns the on-premises network's CIDRs). */
    staticRoutes: z.array(cidrV4).default([]),
  })
  .strict()
export type VpnConnection = z.infer<typeof vpnConnectionSchema>

export const vpnConnectionKind = defineKind({
  kind: 'vpnConnection',
  title: 'Site-to-Site VPN',
  schema: vpnConnectionSchema,
  label: (v) => `${v.name} (${v.routing})`,
  refs: (v) => [
    { path: ['customerGateway'], id: v.customerGateway, kinds: ['customerGateway'] },
    { path: ['gateway'], id: v.gateway, kinds: ['vpnGateway', 'transitGateway'] },
  ],
})
