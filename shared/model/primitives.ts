import { z } from 'zod'
import { isCidr, parseAddress } from '../net/cidr'
import { regionCodes, regionOfAz } from './regions'

/**
 * A resource id: stable across edits and renames, unique in the design, used as the Terraform
 * key. Letters, digits, `-`, `_`, `.`; AWS ids (`vpc-0a1b…`) qualify, so imports keep them.
 */
export const resourceId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'ids are 1–80 letters, digits, "-", "_" or ".", starting with a letter or digit')

/** A reference to another resource by id; the kinds it may name are declared in the kind's `refs`. */
export const ref = resourceId

export const name = z.string().trim().min(1, 'a name is required').max(255)

export const tags = z.record(z.string().min(1).max(128), z.string().max(256))

export const cidrV4 = z.string().refine((s) => isCidr(s, 4), { error: 'expected an IPv4 CIDR such as 10.0.0.0/16' })
export const cidrV6 = z.string().refine((s) => isCidr(s, 6), { error: 'expected an IPv6 CIDR such as 2600:1f18:0:100::/56' })
export const cidrAny = z.string().refine((s) => isCidr(s), { error: 'expected an IPv4 or IPv6 CIDR' })
export const ipV4 = z.string().refine((s) => parseAddress(s)?.family === 4, { error: 'expected an IPv4 address such as 10.0.1.10' })

export const region = z.enum(regionCodes as [string, ...string[]], { error: 'expected an AWS Region code such as eu-west-1' })
export const availabilityZone = z.string().refine((s) => regionOfAz(s) !== null, {
  error: 'expected an availability zone name such as eu-west-1a',
})
export const awsAccountId = z.string().regex(/^\d{12}$/, 'an AWS account id is 12 digits')
export const asn = z.number().int().min(1).max(4294967294)

export const port = z.number().int().min(0).max(65535)
/** IP protocol as AWS writes it in rules: a name, or `-1` for all. */
export const protocol = z.enum(['tcp', 'udp', 'icmp', 'icmpv6', '-1'])

/** Fields every resource carries besides its kind-specific ones. */
export const common = {
  id: resourceId,
  name,
  description: z.string().max(1024).optional(),
  /** The AWS id when the resource was imported from a real account, e.g. `vpc-0a1b2c3d`. */
  externalId: z.string().max(128).optional(),
  tags: tags.default({}),
}
