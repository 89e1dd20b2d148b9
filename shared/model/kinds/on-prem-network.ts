import { z } from 'zod'
import { defineKind } from '../define-kind'
import { cidrAny, common } from '../primitives'

/** An on-premises network: a named set of CIDRs reached over VPN or Direct Connect. */
export const onPremNetworkSchema = z
  .object({
    kind: z.literal('onPremNetwork'),
    ...common,
    cidrs: z.array(cidrAny).min(1, 'an on-premises network needs at least one CIDR'),
  })
  .strict()
export type OnPremNetwork = z.infer<typeof onPremNetworkSchema>

export const onPremNetworkKind = defineKind({
  kind: 'onPremNetwork',
  title: 'On-premises network',
  schema: onPremNetworkSchema,
  label: (n) => `${n.name} · ${n.cidrs.join(', ')}`,
  refs: () => [],
})
