import { defineRule } from '../rule'
import { nameOf } from '../names'
import { crossVpcReferences, peeringBetween } from '../topology'
import { tgwLink } from '../topology-tgw'

export default defineRule({
  id: 'sg-reference-scope',
  meta: {
    severity: 'error',
    title: 'Security group references stay within reachable VPCs',
    appliesTo: ['securityGroup'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    unrelated: 'Security group {{group}} of {{vpc}} references {{referenced}} of {{other}}, which is neither peered with it nor attached to a shared transit gateway: AWS rejects the reference.',
    pendingPeering: 'Security group {{group}} references {{referenced}} of {{other}} over peering {{peering}}, which is not active yet: the reference works only once the peering is accepted.',
  },
  check({ indexes, report }) {
    for (const ref of crossVpcReferences(indexes)) {
      const p = peeringBetween(indexes, ref.vpc.id, ref.otherVpc.id)
      const data = { group: ref.group.name, vpc: nameOf(ref.vpc), referenced: ref.referenced.name, other: nameOf(ref.otherVpc), peering: p?.name ?? '' }
      // Inter-Region peers and TGW-attached VPCs have their own rules (peering-inter-region-sg, tgw-sg-referencing).
      if (p?.status === 'active' || (p && ref.vpc.region !== ref.otherVpc.region)) continue
      if (p) {
        report({ messageId: 'pendingPeering', target: ref.group.id, related: [ref.referenced.id, p.id], field: ref.field, data, fix: `Accept ${p.name}, or allow ${ref.otherVpc.name}'s CIDR blocks meanwhile.` })
        continue
      }
      if (tgwLink(indexes, ref.vpc.id, ref.otherVpc.id)) continue
      report({ messageId: 'unrelated', target: ref.group.id, related: [ref.referenced.id, ref.otherVpc.id], field: ref.field, data, fix: `Reference a group of ${ref.vpc.name}, or allow ${ref.otherVpc.name}'s CIDR blocks.` })
    }
  },
})
