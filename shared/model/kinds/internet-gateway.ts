import { z } from 'zod'
import { defineKind } from '../define-kind'
import { common, ref } from '../primitives'

/** An internet gateway attached to one VPC. */
export const internetGatewaySchema = z
  .object({
    kind: z.literal('internetGateway'),
    ...common,
    vpc: ref,
  })
  .strict()
export type InternetGateway = z.infer<typeof internetGatewaySchema>

export const internetGatewayKind = defineKind({
  kind: 'internetGateway',
  title: 'Internet gateway',
  schema: internetGatewaySchema,
  label: (g) => g.name,
  refs: (g) => [{ path: ['vpc'], id: g.vpc, kinds: ['vpc'] }],
})
