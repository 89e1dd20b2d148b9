import { defineRule } from '../rule'
import { cidrOf, cidrsOverlap, declaredMtu } from '../topology'
import { tgwLookup, tgwTableFor, vpcAttachment } from '../topology-tgw'

const TGW_MTU = 8500
const VPN_MTU = 1500

export default defineRule({
  id: 'tgw-mtu',
  meta: {
    severity: 'warning',
    title: 'Packets through a TGW fit its MTU',
    appliesTo: ['workload', 'transitGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html',
  },
  messages: {
    tooLarge:
      'Workload {{workload}} uses an MTU of {{mtu}} bytes and its route table {{table}} sends {{destination}} to transit gateway {{tgw}}, which carries at most {{limit}} bytes{{over}}; larger packets are dropped without an ICMP "fragmentation needed" (no path MTU discovery, only TCP MSS is clamped).',
  },
  check({ index, indexes, report }) {
    for (const w of index.all('workload')) {
      const mtu = declaredMtu(w)
      const subnet = index.getOf('subnet', w.subnet)
      const table = subnet ? indexes.routeTableOf(subnet) : undefined
      if (mtu === undefined || mtu <= VPN_MTU || !table || !subnet) continue
      for (const r of table.routes) {
        const tgw = index.getOf('transitGateway', r.target)
        const d = cidrOf(r.destination)
        if (!tgw || !d) continue
        // Prefixes the TGW sends to a VPN attachment are limited to the VPN's 1500 bytes.
        const att = vpcAttachment(indexes, subnet.vpc, tgw.id)
        const tgwTable = att ? tgwTableFor(indexes, att.id, tgw.id) : undefined
        const hop = tgwTable ? tgwLookup(indexes, tgwTable, d) : undefined
        const viaVpn = hop !== undefined && index.get(hop.target)?.kind === 'tgwVpnAttachment' && cidrsOverlap(hop.destination, d)
        const limit = viaVpn ? VPN_MTU : TGW_MTU
        if (mtu <= limit) continue
        report({
          messageId: 'tooLarge',
          target: w.id,
          related: [tgw.id, table.id],
          field: 'tags.mtu',
          data: { workload: w.name, mtu, table: table.name, destination: d.canonical, tgw: tgw.name, limit, over: viaVpn ? ` over its VPN attachment ${index.get(hop.target)?.name ?? hop.target}` : '' },
          fix: `Set the instances' MTU to ${limit} or less for this path.`,
        })
      }
    }
  },
})
