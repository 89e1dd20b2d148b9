import { z } from 'zod'
import { defineKind, listRefs, optionalRef } from '../define-kind'
import { common, ref } from '../primitives'

/**
 * An interface endpoint (or Gateway Load Balancer endpoint): ENIs in one subnet per AZ that reach
 * an AWS service by name, or a PrivateLink endpoint service of this design.
 */
export const interfaceEndpointSchema = z
  .object({
    kind: z.literal('interfaceEndpoint'),
    ...common,
    vpc: ref,
    endpointType: z.enum(['interface', 'gatewayLoadBalancer']).default('interface'),
    /** An AWS service name such as `com.amazonaws.eu-west-1.ssm`; exactly one of service and endpointService. */
    service: z.string().regex(/^[a-z0-9.-]+$/, 'expected a service name such as com.amazonaws.eu-west-1.ssm').optional(),
    /** A PrivateLink endpoint service of this design. */
    endpointService: ref.optional(),
    subnets: z.array(ref).default([]),
    securityGroups: z.array(ref).default([]),
    privateDns: z.boolean().default(false),
    /** Acceptance by the provider; traffic flows only once accepted. */
    state: z.enum(['accepted', 'pending-acceptance']).default('accepted'),
  })
  .strict()
  .refine((e) => (e.service === undefined) !== (e.endpointService === undefined), {
    error: 'an interface endpoint names exactly one of service and endpointService',
  })
export type InterfaceEndpoint = z.infer<typeof interfaceEndpointSchema>

export const interfaceEndpointKind = defineKind({
  kind: 'interfaceEndpoint',
  title: 'Interface endpoint',
  schema: interfaceEndpointSchema,
  label: (e) => `${e.name} (${e.service ?? e.endpointService})`,
  refs: (e) => [
    { path: ['vpc'], id: e.vpc, kinds: ['vpc'] },
    ...optionalRef(['endpointService'], e.endpointService, ['endpointService']),
    ...listRefs(['subnets'], e.subnets, ['subnet']),
    ...listRefs(['securityGroups'], e.securityGroups, ['securityGroup']),
  ],
})
