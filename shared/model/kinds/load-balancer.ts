import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { common, ref } from '../primitives'

/** An Elastic Load Balancer placed in subnets of one VPC (the backend of an endpoint service, say). */
export const loadBalancerSchema = z
  .object({
    kind: z.literal('loadBalancer'),
    ...common,
    vpc: ref,
    type: z.enum(['network', 'gateway', 'application']).default('network'),
    scheme: z.enum(['internal', 'internet-facing']).default('internal'),
    subnets: z.array(ref).min(1, 'a load balancer needs at least one subnet'),
    securityGroups: z.array(ref).default([]),
    /** Ports it listens on, for reachability checks. */
    listenerPorts: z.array(z.number().int().min(1).max(65535)).default([]),
  })
  .strict()
export type LoadBalancer = z.infer<typeof loadBalancerSchema>

export const loadBalancerKind = defineKind({
  kind: 'loadBalancer',
  title: 'Load balancer',
  schema: loadBalancerSchema,
  label: (l) => `${l.name} (${l.type === 'network' ? 'NLB' : l.type === 'gateway' ? 'GWLB' : 'ALB'})`,
  refs: (l) => [
    { path: ['vpc'], id: l.vpc, kinds: ['vpc'] },
    ...listRefs(['subnets'], l.subnets, ['subnet']),
    ...listRefs(['securityGroups'], l.securityGroups, ['securityGroup']),
  ],
})
