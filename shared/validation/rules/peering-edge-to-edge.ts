import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrOf, edgeGatewayKinds, exitFor, insideVpc, peeringRoutes } from '../topology'

const gatewayWords: Readonly<Record<string, string>> = {
  internetGateway: 'internet gateway',
  natGateway: 'NAT gateway',
  vpnGateway: 'virtual private gateway',
  egressOnlyInternetGateway: 'egress-only internet gateway',
  transitGateway: 'transit gateway',
}

export default defineRule({
  id: 'peering-edge-to-edge',
  meta: {
    severity: 'error',
    title: "Peered traffic cannot use the peer's gateways",
    appliesTo: ['routeTable', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    defaultRoute:
      "Route table {{table}} sends {{destination}} to peering {{peering}}: {{peer}} will not pass it to its internet gateway, NAT gateway or VPN (edge-to-edge routing through a peering is not supported).",
    tgwIntoPeering:
      "TGW route table {{table}} sends {{destination}} to attachment {{attachment}} of {{vpc}}, which forwards it to peering {{peering}} (route table {{vpcTable}}); traffic that entered through a transit gateway cannot leave through a peering connection.",
    viaGateway:
      "Route table {{table}} sends {{destination}} to peering {{peering}}, expecting {{peer}} to forward it through its {{gateway}} {{gatewayName}} (route table {{peerTable}}); a peering only carries traffic between the two VPCs, so it is dropped.",
  },
  check({ index, indexes, report }) {
    for (const { site, peering: p, vpc, peer, destination: d, insidePeer } of peeringRoutes(indexes)) {
      if (!d || insidePeer) continue
      const onward = exitFor(indexes, peer.id, d)
      const exit = onward && edgeGatewayKinds.has(onward.targetKind) ? onward : undefined
      const base = { table: site.table.name, destination: d.canonical, peering: p.name, peer: nameOf(peer) }
      const field = `routes[${site.index}].destination`
      if (exit) {
        // Leaving the peer through a TGW is blocked by the same source check, but AWS does not state it: warning.
        report({
          messageId: 'viaGateway',
          severity: exit.targetKind === 'transitGateway' ? 'warning' : 'error',
          target: site.table.id,
          related: [p.id, peer.id, exit.targetId, exit.tableId],
          field,
          data: { ...base, gateway: gatewayWords[exit.targetKind], gatewayName: index.get(exit.targetId)?.name ?? exit.targetId, peerTable: index.get(exit.tableId)?.name ?? exit.tableId },
          fix: `Give ${vpc.name} its own ${gatewayWords[exit.targetKind]} (or attach both VPCs to a transit gateway), or run a proxy in ${peer.name}.`,
        })
      } else if (d.prefix === 0) {
        report({ messageId: 'defaultRoute', target: site.table.id, related: [p.id, peer.id], field, data: base, fix: `Send ${d.canonical} to a gateway of ${vpc.name} instead.` })
      }
    }
    // The reverse edge: traffic entering the VPC from a TGW and leaving through a peering (blocked by the same source check).
    for (const table of index.all('tgwRouteTable')) {
      table.routes.forEach((r, i) => {
        const att = index.getOf('tgwVpcAttachment', r.target)
        const vpc = index.getOf('vpc', att?.vpc)
        const d = cidrOf(r.destination)
        if (!att || !vpc || !d || insideVpc(indexes, vpc, d)) return
        const onward = exitFor(indexes, vpc.id, d)
        if (onward?.targetKind !== 'peeringConnection') return
        report({
          messageId: 'tgwIntoPeering',
          severity: 'warning',
          target: table.id,
          related: [att.id, onward.targetId, onward.tableId],
          field: `routes[${i}].target`,
          data: { table: table.name, destination: d.canonical, attachment: att.name, vpc: nameOf(vpc), peering: index.get(onward.targetId)?.name ?? onward.targetId, vpcTable: index.get(onward.tableId)?.name ?? onward.tableId },
          fix: `Attach the peer VPC to the transit gateway and route ${d.canonical} to its attachment.`,
        })
      })
    }
  },
})
