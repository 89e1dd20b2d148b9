import { z } from 'zod'
import { defineKind } from '../define-kind'
import { cidrAny, common, port, protocol, ref } from '../primitives'

/** One numbered NACL rule; the lowest matching number decides. */
export const networkAclRuleSchema = z
  .object({
    ruleNumber: z.number().int().min(1).max(32766),
    action: z.enum(['allow', 'deny']),
    protocol,
    fromPort: port.optional(),
    toPort: port.optional(),
    cidr: cidrAny,
  })
  .strict()
export type NetworkAclRule = z.infer<typeof networkAclRuleSchema>

/**
 * A network ACL: stateless, ordered rules at the subnet boundary. Subnets name their NACL; the VPC's
 * default NACL (which allows everything unless edited) serves the rest.
 */
export const networkAclSchema = z
  .object({
    kind: z.literal('networkAcl'),
    ...common,
    vpc: ref,
    default: z.boolean().default(false),
    ingress: z.array(networkAclRuleSchema).default([]),
    egress: z.array(networkAclRuleSchema).default([]),
  })
  .strict()
export type NetworkAcl = z.infer<typeof networkAclSchema>

export const networkAclKind = defineKind({
  kind: 'networkAcl',
  title: 'Network ACL',
  schema: networkAclSchema,
  label: (n) => (n.default ? `${n.name} (default)` : n.name),
  refs: (n) => [{ path: ['vpc'], id: n.vpc, kinds: ['vpc'] }],
})
