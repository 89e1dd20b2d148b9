import { defineRule } from '../rule'
import { declaredMtu } from '../topology'

/** Largest packet each kind of peering carries (EC2 network MTU page; inter-Region was 1500 before 2025). */
const SAME_REGION_MTU = 9001
const INTER_REGION_MTU = 8500

export default defineRule({
  id: 'peering-mtu',
  meta: {
    severity: 'warning',
    title: 'Packets fit the MTU of the peering they cross',
    appliesTo: ['workload', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/network_mtu.html',
  },
  messages: {
    tooLarge:
      'Workload {{workload}} uses an MTU of {{mtu}} bytes and its route table {{table}} sends {{destination}} over {{kind}} peering {{peering}}, which carries at most {{limit}} bytes: larger packets are dropped.',
  },
  check({ index, indexes, report }) {
    for (const w of index.all('workload')) {
      const mtu = declaredMtu(w)
      const subnet = index.getOf('subnet', w.subnet)
      const table = subnet ? indexes.routeTableOf(subnet) : undefined
      if (mtu === undefined || mtu <= INTER_REGION_MTU || !table) continue
      for (const r of table.routes) {
        const p = index.getOf('peeringConnection', r.target)
        if (!p) continue
        const a = index.getOf('vpc', p.requesterVpc)
        const b = index.getOf('vpc', p.accepterVpc)
        const interRegion = a !== undefined && b !== undefined && a.region !== b.region
        const limit = interRegion ? INTER_REGION_MTU : SAME_REGION_MTU
        if (mtu <= limit) continue
        report({
          messageId: 'tooLarge',
          target: w.id,
          related: [p.id, table.id],
          field: 'tags.mtu',
          data: { workload: w.name, mtu, table: table.name, destination: r.destination ?? r.destinationPrefixList ?? '', kind: interRegion ? 'inter-Region' : 'same-Region', peering: p.name, limit },
          fix: `Set the instances' MTU to ${limit} or less (or rely on TCP MSS and path MTU discovery).`,
        })
      }
    }
  },
})
