import { parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { firstOverlap } from '../topology'

export default defineRule({
  id: 'peering-cidr-overlap',
  meta: {
    severity: 'error',
    title: 'Peered VPCs have no overlapping blocks',
    appliesTo: ['peeringConnection', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    overlap:
      '{{requester}} block {{a}} overlaps {{accepter}} block {{b}}, so peering {{peering}} cannot be created (AWS compares every block, secondary and IPv6 included).',
  },
  check({ index, indexes, report }) {
    for (const p of index.all('peeringConnection')) {
      const a = index.getOf('vpc', p.requesterVpc)
      const b = index.getOf('vpc', p.accepterVpc)
      if (!a || !b || a.id === b.id) continue
      const hit = firstOverlap(indexes, a, b)
      if (!hit) continue
      // A primary block can never be removed: only a secondary one is worth offering to drop.
      const primary = (vpc: typeof a) => parseCidr(vpc.cidr)?.canonical
      const drop = hit[1].canonical !== primary(b) ? { block: hit[1].canonical, vpc: b.name } : hit[0].canonical !== primary(a) ? { block: hit[0].canonical, vpc: a.name } : undefined
      const remove = drop ? ` (or remove block ${drop.block} from ${drop.vpc})` : ''
      report({
        messageId: 'overlap',
        target: p.id,
        related: [a.id, b.id],
        field: 'accepterVpc',
        data: { requester: nameOf(a), accepter: nameOf(b), a: hit[0].canonical, b: hit[1].canonical, peering: p.name },
        fix: `Renumber one VPC${remove} so no block of ${a.name} overlaps ${b.name}; use a transit gateway with private NAT or PrivateLink if renumbering is impossible.`,
      })
    }
  },
})
