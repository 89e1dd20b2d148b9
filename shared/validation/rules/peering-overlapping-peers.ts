import type { Cidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrsOverlap, peerVpcId } from '../topology'

export default defineRule({
  id: 'peering-overlapping-peers',
  meta: {
    severity: 'warning',
    title: 'A VPC is not peered with two overlapping VPCs',
    appliesTo: ['vpc', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html',
  },
  messages: {
    overlappingPeers:
      '{{vpc}} is peered with {{first}} ({{a}}, via {{pa}}) and {{second}} ({{b}}, via {{pb}}), whose blocks overlap: AWS does no reverse-path check, so replies follow {{vpcName}}\'s routes and may go to the wrong peer.',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      const peerings = indexes.peeringsOf(vpc.id)
      if (peerings.length < 2) continue
      // A VPC has at most 125 peerings (AWS quota), so comparing its peers' blocks pairwise stays bounded.
      const seen: { cidr: Cidr; peer: string; peering: string }[] = []
      const reported = new Set<string>()
      for (const p of peerings) {
        const peer = index.getOf('vpc', peerVpcId(p, vpc.id))
        if (!peer || peer.id === vpc.id) continue
        const blocks = indexes.blocksOf(peer)
        const mine = blocks.v6.length > 0 ? [...blocks.v4, ...blocks.v6] : blocks.v4
        for (const c of mine) {
          for (const hit of seen) {
            if (hit.peer === peer.id || !cidrsOverlap(hit.cidr, c) || reported.has(`${hit.peer}\u0000${peer.id}`)) continue
            reported.add(`${hit.peer}\u0000${peer.id}`)
            const first = index.getOf('vpc', hit.peer)
            report({
              messageId: 'overlappingPeers',
              target: vpc.id,
              related: [hit.peer, peer.id, hit.peering, p.id],
              data: { vpc: nameOf(vpc), vpcName: vpc.name, first: first?.name ?? hit.peer, a: hit.cidr.canonical, pa: index.get(hit.peering)?.name ?? '', second: peer.name, b: c.canonical, pb: p.name },
              fix: `Route only disjoint, specific prefixes to each peer (e.g. one subnet of ${first?.name ?? hit.peer} via ${index.get(hit.peering)?.name ?? ''}, another of ${peer.name} via ${p.name}).`,
            })
          }
        }
        for (const c of mine) seen.push({ cidr: c, peer: peer.id, peering: p.id })
      }
    }
  },
})
