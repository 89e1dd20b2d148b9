import type { Cidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrOf, edgeGatewayKinds, exitFor, insideVpc, overlapsVpc, peerVpcId, peeringRoutes } from '../topology'

export default defineRule({
  id: 'peering-not-transitive',
  meta: {
    severity: 'error',
    title: 'Routes over a peering only reach the peer VPC',
    appliesTo: ['routeTable', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    transitive:
      'Route table {{table}} sends {{destination}}{{owner}} to peering {{peering}}, but that is outside {{peer}}: a peered VPC never forwards traffic onward, so these packets are dropped.',
    wider:
      'Route table {{table}} sends {{destination}} to peering {{peering}}, wider than {{peer}}: only addresses inside the peer are delivered, the rest of the range is dropped at the peering.',
  },
  check({ index, indexes, report }) {
    for (const { site, peering: p, vpc, peer, destination, insidePeer } of peeringRoutes(indexes)) {
      if (insidePeer) continue
      const list = site.route.destinationPrefixList ? index.getOf('prefixList', site.route.destinationPrefixList) : undefined
      const dests: Cidr[] = list ? list.entries.map(cidrOf).filter((c): c is Cidr => c !== null) : destination ? [destination] : []
      const field = list ? `routes[${site.index}].destinationPrefixList` : `routes[${site.index}].destination`
      for (const d of dests) {
        // Default routes and destinations the peer sends to its own gateways are edge-to-edge routing (peering-edge-to-edge).
        if (d.prefix === 0 || insideVpc(indexes, peer, d)) continue
        const onward = exitFor(indexes, peer.id, d)
        if (onward && edgeGatewayKinds.has(onward.targetKind)) continue
        const data = { table: site.table.name, destination: d.canonical, peering: p.name, peer: nameOf(peer) }
        if (overlapsVpc(indexes, peer, d)) {
          report({ messageId: 'wider', severity: 'warning', target: site.table.id, related: [p.id, peer.id], field, data, fix: `Narrow the route to ${peer.name}'s blocks.` })
          continue
        }
        const owners = indexes.vpcCidrs.overlapping(d).map((h) => h.value).filter((id) => id !== vpc.id && id !== peer.id)
        const owner = index.getOf('vpc', owners[0])
        const direct = owner ? indexes.peeringsOf(vpc.id).find((q) => peerVpcId(q, vpc.id) === owner.id) : undefined
        report({
          messageId: 'transitive',
          target: site.table.id,
          related: [p.id, peer.id, ...(owner ? [owner.id] : [])],
          field,
          data: { ...data, owner: owner ? ` (in ${nameOf(owner)})` : '' },
          fix: owner
            ? direct
              ? `Send ${d.canonical} to ${direct.name}, the peering that joins ${vpc.name} and ${owner.name}.`
              : `Peer ${vpc.name} directly with ${owner.name}, or attach both to a transit gateway.`
            : `Remove the route or point it at a gateway of ${vpc.name}.`,
        })
      }
    }
  },
})
