import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrsOverlap, routeDestination, vgwKnownPrefixes } from '../topology'

export default defineRule({
  id: 'vgw-routing',
  meta: {
    severity: 'error',
    title: 'Routes to a virtual private gateway match prefixes it knows',
    appliesTo: ['routeTable', 'vpnGateway'],
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNRoutingTypes.html',
  },
  messages: {
    unknownPrefix: 'Route table {{table}} sends {{destination}} to virtual private gateway {{vgw}}, which knows only {{known}} (VPN static routes, BGP-learned and Direct Connect prefixes): traffic to the rest is dropped.',
    noConnections: 'Route table {{table}} sends {{destination}} to virtual private gateway {{vgw}}, which has no VPN connection or Direct Connect gateway: nothing is reachable through it.',
    ipv6: 'Route table {{table}} sends IPv6 {{destination}} to virtual private gateway {{vgw}}; VGWs carry IPv4 only (IPv6 VPNs terminate on a transit gateway or Cloud WAN).',
    unreached: 'Virtual private gateway {{vgw}} of {{vpc}} reaches {{known}}, but no route table used by a subnet of {{vpcName}} propagates it or routes to it: subnets cannot reach on-premises.',
  },
  check({ index, indexes, report }) {
    for (const vgw of index.all('vpnGateway')) {
      const known = vgwKnownPrefixes(indexes, vgw.id)
      const knownText = known.map((c) => c.canonical).join(', ')
      for (const site of indexes.routesTo(vgw.id)) {
        const d = routeDestination(site.route)
        if (!d) continue
        const base = { table: site.table.name, destination: d.canonical, vgw: vgw.name, known: knownText }
        const field = `routes[${site.index}].destination`
        if (d.family === 6) report({ messageId: 'ipv6', target: site.table.id, related: [vgw.id], field, data: base, fix: 'Terminate the VPN on a transit gateway to carry IPv6.' })
        else if (known.length === 0) report({ messageId: 'noConnections', severity: 'warning', target: site.table.id, related: [vgw.id], field, data: base, fix: `Add a VPN connection or Direct Connect gateway association to ${vgw.name}.` })
        else if (!known.some((k) => cidrsOverlap(k, d))) report({ messageId: 'unknownPrefix', target: site.table.id, related: [vgw.id], field, data: base, fix: `Add ${d.canonical} to the VPN's static routes or advertise it over BGP.` })
      }
      const vpc = index.getOf('vpc', vgw.vpc)
      if (!vpc || known.length === 0) continue
      const reached = index.childrenOf(vpc.id, 'routeTable').some((t) => indexes.subnetsUsing(t.id).length > 0 && (t.propagatingVgws.includes(vgw.id) || t.routes.some((r) => r.target === vgw.id)))
      if (!reached) report({ messageId: 'unreached', severity: 'warning', target: vgw.id, related: [vpc.id], data: { vgw: vgw.name, vpc: nameOf(vpc), vpcName: vpc.name, known: knownText }, fix: `Enable route propagation from ${vgw.name} in the subnets' route tables.` })
    }
  },
})
