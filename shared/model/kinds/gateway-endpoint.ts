import { z } from 'zod'
import { defineKind, listRefs } from '../define-kind'
import { common, ref } from '../primitives'

/**
 * A gateway VPC endpoint for S3 or DynamoDB. AWS adds its prefix-list route to every associated
 * route table; designs list the tables here rather than writing that route by hand.
 */
export const gatewayEndpointSchema = z
  .object({
    kind: z.literal('gatewayEndpoint'),
    ...common,
    vpc: ref,
    service: z.enum(['s3', 'dynamodb']),
    routeTables: z.array(ref).default([]),
    policy: z.string().max(20480).optional(),
  })
  .strict()
export type GatewayEndpoint = z.infer<typeof gatewayEndpointSchema>

export const gatewayEndpointKind = defineKind({
  kind: 'gatewayEndpoint',
  title: 'Gateway endpoint',
  schema: gatewayEndpointSchema,
  label: (e) => `${e.name} (${e.service === 's3' ? 'S3' : 'DynamoDB'})`,
  refs: (e) => [{ path: ['vpc'], id: e.vpc, kinds: ['vpc'] }, ...listRefs(['routeTables'], e.routeTables, ['routeTable'])],
})
