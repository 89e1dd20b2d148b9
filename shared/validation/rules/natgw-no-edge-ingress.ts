import { defineRule } from '../rule'
import { coversPublicSpace, destinationOf } from '../support/routes'

export default defineRule({
  id: 'natgw-no-edge-ingress',
  meta: {
    severity: 'error',
    title: "Traffic arriving over peering, VPN or Direct Connect cannot use a VPC's NAT gateway",
    appliesTo: ['routeTable', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    overPeering: "Route table {{table}} of VPC {{vpc}} sends {{destination}} over peering connection {{peering}}, expecting VPC {{peer}}'s NAT gateway {{nat}} to carry it: a NAT gateway does not accept traffic arriving through a peering connection.",
  },
  check({ index, indexes, report }) {
    for (const pcx of index.all('peeringConnection')) {
      for (const { table, index: i, route } of indexes.routesTo(pcx.id)) {
        const dest = destinationOf(route)
        if (!dest || !coversPublicSpace(dest)) continue
        const peerId = pcx.requesterVpc === table.vpc ? pcx.accepterVpc : pcx.requesterVpc
        const peer = index.getOf('vpc', peerId)
        // Only destinations outside the peer's blocks would need the peer to forward them.
        if (!peer || indexes.blockContaining(peer, dest)) continue
        const nat = indexes.natGatewaysOf(peer.id)[0]
        if (!nat) continue
        report({
          messageId: 'overPeering',
          target: table.id,
          field: `routes[${i}]`,
          related: [pcx.id, peer.id, nat.id],
          data: { table: table.name, vpc: index.get(table.vpc)?.name ?? table.vpc, destination: route.destination!, peering: pcx.name, peer: peer.name, nat: nat.name },
          fix: 'Give this VPC its own NAT gateway, or share egress through a transit gateway (centralised egress is supported there).',
        })
      }
    }
  },
})
