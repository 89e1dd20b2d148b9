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
    /** Elastic IPs allocated to a public NAT gateway (a private one has none). */
    elasticIps: z.number().int().min(0).max(16).default(1),
    privateIp: ipV4.optional(),
    /** Secondary private IPs, counted against the per-gateway quota. */
    secondaryPrivateIps: z.number().int().min(0).max(31).default(0),
  })
  .strict()
export type NatGateway = z.infer<typeof natGatewaySchema>

export const natGatewayKind = defineKind({
  kind: 'natGateway',
  title: 'NAT gateway',
  schema: natGatewaySchema,
  label: (g) => (g.connectivity === 'private' ? `${g.name} (private)` : g.name),
  refs: (g) => [{ path: ['subnet'], id: g.subnet, kinds: ['subnet'] }],
})
