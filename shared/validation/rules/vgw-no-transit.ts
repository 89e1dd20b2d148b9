import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrOf, cidrsOverlap, insideVpc, peerVpcId, vgwKnownPrefixes } from '../topology'

export default defineRule({
  id: 'vgw-no-transit',
  meta: {
    severity: 'error',
    title: 'On-premises traffic through a VGW stays in its VPC',
    appliesTo: ['vpnGateway', 'dxGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html',
  },
  messages: {
    peerUsesVpn:
      '{{peer}} sends {{destination}} (on-premises, reached through virtual private gateway {{vgw}} of {{vpc}}) to peering {{peering}} in route table {{table}}: traffic cannot transit a VGW to or from a peered VPC.',
    advertisesForeign:
      'Direct Connect gateway {{dxgw}} advertises {{prefix}} to on-premises, but none of its associated VPCs ({{vpcs}}) owns it: on-premises traffic arriving through a VGW cannot continue to a peered VPC, a gateway endpoint, an internet gateway or a NAT gateway.',
  },
  check({ index, indexes, report }) {
    for (const vgw of index.all('vpnGateway')) {
      const vpc = index.getOf('vpc', vgw.vpc)
      const known = vgwKnownPrefixes(indexes, vgw.id)
      if (!vpc || known.length === 0) continue
      for (const p of indexes.peeringsOf(vpc.id)) {
        const peer = index.getOf('vpc', peerVpcId(p, vpc.id))
        if (!peer) continue
        for (const site of indexes.routesTo(p.id)) {
          const d = cidrOf(site.route.destination)
          if (site.table.vpc !== peer.id || !d || d.prefix === 0 || insideVpc(indexes, vpc, d) || !known.some((k) => cidrsOverlap(k, d))) continue
          report({
            messageId: 'peerUsesVpn',
            target: vgw.id,
            related: [site.table.id, p.id, peer.id],
            data: { peer: nameOf(peer), destination: d.canonical, vgw: vgw.name, vpc: vpc.name, peering: p.name, table: site.table.name },
            fix: `Attach ${vpc.name} and ${peer.name} to a transit gateway and terminate the VPN there.`,
          })
        }
      }
    }
    for (const dx of index.all('dxGateway')) {
      const vgws = dx.associations.map((id) => index.get(id))
      // With a TGW association, allowed prefixes are summaries the TGW routes onward: legitimate transit.
      if (vgws.some((g) => g?.kind === 'transitGateway')) continue
      const vpcs = vgws.map((g) => (g?.kind === 'vpnGateway' ? index.getOf('vpc', g.vpc) : undefined)).filter((v) => v !== undefined)
      if (vpcs.length === 0) continue
      dx.allowedPrefixes.forEach((text, i) => {
        const c = cidrOf(text)
        if (!c || vpcs.some((v) => insideVpc(indexes, v, c))) return
        report({ messageId: 'advertisesForeign', target: dx.id, related: vpcs.map((v) => v.id), field: `allowedPrefixes[${i}]`, data: { dxgw: dx.name, prefix: c.canonical, vpcs: vpcs.map((v) => v.name).join(', ') }, fix: 'Advertise only the associated VPCs\' blocks, or associate a transit gateway instead.' })
      })
    }
  },
})
