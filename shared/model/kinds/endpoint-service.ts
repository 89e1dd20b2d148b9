import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { common, ref, region } from '../primitives'

/** A PrivateLink endpoint service, fronted by Network or Gateway Load Balancers in the provider VPC. */
export const endpointServiceSchema = z
  .object({
    kind: z.literal('endpointService'),
    ...common,
    loadBalancers: z.array(ref).min(1, 'an endpoint service needs a Network or Gateway Load Balancer'),
    acceptanceRequired: z.boolean().default(true),
    /** Principals allowed to create endpoints: account root, user or role ARNs, or `*`. */
    allowedPrincipals: z.array(z.string().min(1)).default([]),
    /** Consumer Regions other than the service's own (cross-Region PrivateLink). */
    supportedRegions: z.array(region).default([]),
    privateDnsName: z.string().optional(),
  })
  .strict()
export type EndpointService = z.infer<typeof endpointServiceSchema>

export const endpointServiceKind = defineKind({
  kind: 'endpointService',
  title: 'Endpoint service',
  schema: endpointServiceSchema,
  label: (s) => s.name,
  refs: (s) => listRefs(['loadBalancers'], s.loadBalancers, ['loadBalancer']),
})
