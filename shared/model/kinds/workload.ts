import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { common, ipV4, ref } from '../primitives'

/** A named group of instances or network interfaces in one subnet sharing security groups. */
export const workloadSchema = z
  .object({
    kind: z.literal('workload'),
    ...common,
    subnet: ref,
    /** How many instances or interfaces the group stands for (each uses one address). */
    instances: z.number().int().min(1).max(100000).default(1),
    /** Pinned private addresses, when the design fixes them. */
    privateIps: z.array(ipV4).default([]),
    /** Instances have a public IPv4 or Elastic IP. */
    publicIp: z.boolean().default(false),
    securityGroups: z.array(ref).default([]),
    /** Off for appliances that forward traffic not addressed to themselves (NAT instances, firewalls). */
    sourceDestCheck: z.boolean().default(true),
  })
  .strict()
export type Workload = z.infer<typeof workloadSchema>

export const workloadKind = defineKind({
  kind: 'workload',
  title: 'Workload',
  schema: workloadSchema,
  label: (w) => (w.instances > 1 ? `${w.name} ×${w.instances}` : w.name),
  refs: (w) => [{ path: ['subnet'], id: w.subnet, kinds: ['subnet'] }, ...listRefs(['securityGroups'], w.securityGroups, ['securityGroup'])],
})
