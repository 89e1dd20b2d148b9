import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** A VPC peering connection; the VPCs may be in other accounts and Regions. */
export const peeringConnectionSchema = z
  .object({
    kind: z.literal('peeringConnection'),
    ...common,
    requesterVpc: ref,
    accepterVpc: ref,
    status: z.enum(['active', 'pending-acceptance']).default('active'),
    /** Resolve the peer's private DNS names to private IPs (the "DNS resolution" option). */
    allowRemoteDnsResolution: z.boolean().default(false),
  })
  .strict()
export type PeeringConnection = z.infer<typeof peeringConnectionSchema>

export const peeringConnectionKind = defineKind({
  kind: 'peeringConnection',
  title: 'VPC peering connection',
  schema: peeringConnectionSchema,
  label: (p) => p.name,
  refs: (p) => [
    { path: ['requesterVpc'], id: p.requesterVpc, kinds: ['vpc'] },
    { path: ['accepterVpc'], id: p.accepterVpc, kinds: ['vpc'] },
  ],
})
