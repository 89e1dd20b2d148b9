import { defineRule } from '../rule'
import { nameOf } from '../names'
import { pairKey } from '../topology'

export default defineRule({
  id: 'peering-duplicate',
  meta: {
    severity: 'error',
    title: 'At most one peering connection per pair of VPCs',
    appliesTo: ['peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    duplicate: 'Peering {{peering}} joins {{a}} and {{b}}, which peering {{first}} already joins; AWS allows one peering connection per pair of VPCs.',
    self: 'Peering {{peering}} joins {{a}} to itself; a VPC cannot be peered with itself.',
  },
  check({ index, report }) {
    const seen = new Map<string, string>()
    for (const p of index.all('peeringConnection')) {
      const a = index.getOf('vpc', p.requesterVpc)
      const b = index.getOf('vpc', p.accepterVpc)
      if (p.requesterVpc === p.accepterVpc) {
        report({ messageId: 'self', target: p.id, field: 'accepterVpc', data: { peering: p.name, a: nameOf(a, p.requesterVpc) }, fix: 'Choose the other VPC as accepter.' })
        continue
      }
      const key = pairKey(p.requesterVpc, p.accepterVpc)
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, p.id)
        continue
      }
      report({
        messageId: 'duplicate',
        target: p.id,
        related: [first, p.requesterVpc, p.accepterVpc],
        field: 'accepterVpc',
        data: { peering: p.name, a: nameOf(a, p.requesterVpc), b: nameOf(b, p.accepterVpc), first: index.get(first)?.name ?? first },
        fix: `Delete ${p.name} and route through ${index.get(first)?.name ?? first}.`,
      })
    }
  },
})
