import { z } from 'zod'
import { defineKind, optionalRef } from '../define-kind'
import { availabilityZone, cidrV4, cidrV6, common, ref } from '../primitives'

/** A subnet: one availability zone, one IPv4 block inside its VPC, optionally an IPv6 /64. */
export const subnetSchema = z
  .object({
    kind: z.literal('subnet'),
    ...common,
    vpc: ref,
    az: availabilityZone,
    /** The AZ id (use1-az1), needed to compare zones across accounts; optional. */
    azId: z.string().regex(/^[a-z]{2,6}\d-az\d{1,2}$/, 'expected an AZ id such as use1-az1').optional(),
    cidr: cidrV4,
    ipv6Cidr: cidrV6.optional(),
    /** Explicitly associated route table; without one the subnet uses its VPC's main table. */
    routeTable: ref.optional(),
    /** Explicitly associated network ACL; without one the subnet uses its VPC's default NACL. */
    networkAcl: ref.optional(),
    /** Instances launched here get a public IPv4 address. */
    mapPublicIpOnLaunch: z.boolean().default(false),
  })
  .strict()
export type Subnet = z.infer<typeof subnetSchema>

export const subnetKind = defineKind({
  kind: 'subnet',
  title: 'Subnet',
  schema: subnetSchema,
  label: (s) => `${s.name} · ${s.cidr}`,
  refs: (s) => [
    { path: ['vpc'], id: s.vpc, kinds: ['vpc'] },
    ...optionalRef(['routeTable'], s.routeTable, ['routeTable']),
    ...optionalRef(['networkAcl'], s.networkAcl, ['networkAcl']),
  ],
})
