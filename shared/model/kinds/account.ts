import { z } from 'zod'
import { defineKind } from '../define-kind'
import { awsAccountId, common } from '../primitives'

/** An AWS account that owns resources; VPCs, transit gateways and gateways name it. */
export const accountSchema = z
  .object({
    kind: z.literal('account'),
    ...common,
    accountId: awsAccountId,
  })
  .strict()
export type Account = z.infer<typeof accountSchema>

export const accountKind = defineKind({
  kind: 'account',
  title: 'Account',
  schema: accountSchema,
  label: (a) => `${a.name} (${a.accountId})`,
  refs: () => [],
})
