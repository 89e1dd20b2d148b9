import { z } from 'zod'
import { defineKind, type RefSite } from '../define-kind'
import { cidrV4, cidrV6, common, port, protocol, ref } from '../primitives'

/** One allow rule; exactly one peer: an IPv4 or IPv6 CIDR, another security group, or a prefix list. */
export const securityGroupRuleSchema = z
  .object({
    protocol,
    fromPort: port.optional(),
    toPort: port.optional(),
    cidr: cidrV4.optional(),
    ipv6Cidr: cidrV6.optional(),
    securityGroup: ref.optional(),
    prefixList: ref.optional(),
    description: z.string().max(255).optional(),
  })
  .strict()
  .refine((r) => [r.cidr, r.ipv6Cidr, r.securityGroup, r.prefixList].filter((p) => p !== undefined).length === 1, {
    error: 'a rule names exactly one of cidr, ipv6Cidr, securityGroup and prefixList',
  })
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>

/** A security group: stateful allow rules on the network interfaces that carry it. */
export const securityGroupSchema = z
  .object({
    kind: z.literal('securityGroup'),
    ...common,
    vpc: ref,
    ingress: z.array(securityGroupRuleSchema).default([]),
    egress: z.array(securityGroupRuleSchema).default([]),
  })
  .strict()
export type SecurityGroup = z.infer<typeof securityGroupSchema>

function ruleRefs(direction: 'ingress' | 'egress', rules: SecurityGroupRule[]): RefSite[] {
  return rules.flatMap((r, i): RefSite[] => [
    ...(r.securityGroup ? [{ path: [direction, i, 'securityGroup'], id: r.securityGroup, kinds: ['securityGroup'] }] : []),
    ...(r.prefixList ? [{ path: [direction, i, 'prefixList'], id: r.prefixList, kinds: ['prefixList'] }] : []),
  ])
}

export const securityGroupKind = defineKind({
  kind: 'securityGroup',
  title: 'Security group',
  schema: securityGroupSchema,
  label: (g) => g.name,
  refs: (g) => [{ path: ['vpc'], id: g.vpc, kinds: ['vpc'] }, ...ruleRefs('ingress', g.ingress), ...ruleRefs('egress', g.egress)],
})
