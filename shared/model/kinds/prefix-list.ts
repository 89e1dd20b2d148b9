import { z } from 'zod'
import { defineKind, optionalRef } from '../define-kind'
import { cidrAny, common, ref, region } from '../primitives'

/**
 * A managed prefix list. AWS-managed lists (S3, DynamoDB) name their service and carry no entries
 * in a design, since AWS owns their contents; customer-managed lists list their CIDRs.
 */
export const prefixListSchema = z
  .object({
    kind: z.literal('prefixList'),
    ...common,
    region,
    account: ref.optional(),
    awsService: z.enum(['s3', 'dynamodb']).optional(),
    addressFamily: z.enum(['IPv4', 'IPv6']).default('IPv4'),
    /** Counts against route and rule quotas instead of the current entry count. */
    maxEntries: z.number().int().min(1).max(1000).default(10),
    entries: z.array(cidrAny).default([]),
  })
  .strict()
export type PrefixList = z.infer<typeof prefixListSchema>

export const prefixListKind = defineKind({
  kind: 'prefixList',
  title: 'Prefix list',
  schema: prefixListSchema,
  label: (p) => (p.awsService ? `${p.name} (AWS ${p.awsService === 's3' ? 'S3' : 'DynamoDB'})` : p.name),
  refs: (p) => optionalRef(['account'], p.account, ['account']),
})
