import { z } from 'zod'
import { defineKind } from '../define-kind'
import { cidrV4, cidrV6, common, ref, region } from '../primitives'

/** A VPC: one Region of one account, a primary IPv4 block, optional secondary and Amazon IPv6 blocks. */
export const vpcSchema = z
  .object({
    kind: z.literal('vpc'),
    ...common,
    account: ref,
    region,
    /** The primary IPv4 block; it can never be removed. */
    cidr: cidrV4,
    secondaryCidrs: z.array(cidrV4).default([]),
    /** Amazon-provided IPv6 blocks (/56). */
    ipv6Cidrs: z.array(cidrV6).default([]),
    enableDnsSupport: z.boolean().default(true),
    enableDnsHostnames: z.boolean().default(false),
  })
  .strict()
export type Vpc = z.infer<typeof vpcSchema>

/** Every IPv4 block of the VPC, primary first. */
export function vpcIpv4Cidrs(vpc: Vpc): string[] {
  return [vpc.cidr, ...vpc.secondaryCidrs]
}

export const vpcKind = defineKind({
  kind: 'vpc',
  title: 'VPC',
  schema: vpcSchema,
  label: (v) => `${v.name} · ${v.cidr}`,
  refs: (v) => [{ path: ['account'], id: v.account, kinds: ['account'] }],
})
