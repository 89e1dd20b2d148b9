import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** An egress-only internet gateway: outbound-initiated IPv6 only. */
export const egressOnlyInternetGatewaySchema = z
  .object({
    kind: z.literal('egressOnlyInternetGateway'),
    ...common,
    vpc: ref,
  })
  .strict()
export type EgressOnlyInternetGateway = z.infer<typeof egressOnlyInternetGatewaySchema>

export const egressOnlyInternetGatewayKind = defineKind({
  kind: 'egressOnlyInternetGateway',
  title: 'Egress-only internet gateway',
  schema: egressOnlyInternetGatewaySchema,
  label: (g) => g.name,
  refs: (g) => [{ path: ['vpc'], id: g.vpc, kinds: ['vpc'] }],
})
