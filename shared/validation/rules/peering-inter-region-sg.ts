import { defineRule } from '../rule'
import { nameOf } from '../names'
import { crossVpcReferences, peeringBetween } from '../topology'

export default defineRule({
  id: 'peering-inter-region-sg',
  meta: {
    severity: 'error',
    title: 'Security groups of inter-Region peers cannot be referenced',
    appliesTo: ['securityGroup'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    interRegion:
      'Security group {{group}} ({{region}}) references {{referenced}} of {{peer}} in {{peerRegion}} over peering {{peering}}; only groups of same-Region peers can be referenced.',
  },
  check({ indexes, report }) {
    for (const ref of crossVpcReferences(indexes)) {
      if (ref.vpc.region === ref.otherVpc.region) continue
      const p = peeringBetween(indexes, ref.vpc.id, ref.otherVpc.id)
      if (!p) continue
      const peerBlocks = [ref.otherVpc.cidr, ...ref.otherVpc.secondaryCidrs].join(', ')
      report({
        messageId: 'interRegion',
        target: ref.group.id,
        related: [ref.referenced.id, p.id, ref.otherVpc.id],
        field: ref.field,
        data: { group: ref.group.name, region: ref.vpc.region, referenced: ref.referenced.name, peer: nameOf(ref.otherVpc), peerRegion: ref.otherVpc.region, peering: p.name },
        fix: `Allow ${ref.otherVpc.name}'s CIDR blocks (${peerBlocks}) or a prefix list instead of the group.`,
      })
    }
  },
})
