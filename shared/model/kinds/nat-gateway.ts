import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ipV4, ref } from '../primitives'

/** A zonal NAT gateway in one subnet; public ones translate to Elastic IPs, private ones to their private IP. */
export const natGatewaySchema = z
  .object({
    kind: z.literal('natGateway'),
    ...common,
    subnet: ref,
    connectivity: z.enum(['public', 'private']).default('public'),
    /** Elastic IPs allocated to the gateway; unset means 1 for a public and 0 for a private one (see `natElasticIps`). */
    elasticIps: z.number().int().min(0).max(16).optional(),
    privateIp: ipV4.optional(),
    /** Secondary private IPs, counted against the per-gateway quota. */
    secondaryPrivateIps: z.number().int().min(0).max(31).default(0),
  })
  .strict()
export type NatGateway = z.infer<typeof natGatewaySchema>

/** The Elastic IPs a NAT gateway has: as written, else AWS's usual 1 for public and 0 for private connectivity. */
export function natElasticIps(nat: Pick<NatGateway, 'elasticIps' | 'connectivity'>): number {
  return nat.elasticIps ?? (nat.connectivity === 'public' ? 1 : 0)
}

export const natGatewayKind = defineKind({
  kind: 'natGateway',
  title: 'NAT gateway',
  schema: natGatewaySchema,
  label: (g) => (g.connectivity === 'private' ? `${g.name} (private)` : g.name),
  refs: (g) => [{ path: ['subnet'], id: g.subnet, kinds: ['subnet'] }],
})
