import { defineRule } from '../rule'
import { pushTo } from '../topology'

const MIN_VPCS = 6
const MIN_PEERINGS = 10

export default defineRule({
  id: 'peering-mesh-scale',
  meta: {
    severity: 'info',
    title: 'Large peering meshes are candidates for a transit gateway',
    appliesTo: ['vpc', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  messages: {
    mesh:
      '{{count}} VPCs ({{names}}) are joined by {{peerings}} peering connections and no transit gateway; a full mesh of n VPCs needs n(n-1)/2 connections with routes on both sides. A transit gateway hub needs one attachment per VPC and routes centrally (peering stays cheaper for a few high-volume pairs).',
  },
  check({ index, indexes, report }) {
    // Union-find over VPCs joined by peering: near-linear in VPCs + peerings.
    const parent = new Map<string, string>()
    const find = (x: string): string => {
      let root = x
      while (parent.get(root) !== root) root = parent.get(root)!
      // Path compression keeps later finds near O(1).
      let y = x
      while (y !== root) {
        const next = parent.get(y)!
        parent.set(y, root)
        y = next
      }
      return root
    }
    for (const vpc of index.all('vpc')) parent.set(vpc.id, vpc.id)
    const peerings = index.all('peeringConnection').filter((p) => parent.has(p.requesterVpc) && parent.has(p.accepterVpc))
    for (const p of peerings) parent.set(find(p.requesterVpc), find(p.accepterVpc))
    const members = new Map<string, string[]>()
    for (const vpc of index.all('vpc')) {
      const r = find(vpc.id)
      pushTo(members, r, vpc.id)
    }
    const edges = new Map<string, number>()
    for (const p of peerings) edges.set(find(p.requesterVpc), (edges.get(find(p.requesterVpc)) ?? 0) + 1)
    for (const [root, vpcs] of members) {
      const count = edges.get(root) ?? 0
      if (vpcs.length < MIN_VPCS || count < MIN_PEERINGS || vpcs.some((v) => indexes.tgwAttachmentsOfVpc(v).length > 0)) continue
      const names = vpcs.slice(0, 4).map((id) => index.get(id)?.name ?? id).join(', ') + (vpcs.length > 4 ? ` and ${vpcs.length - 4} more` : '')
      report({ messageId: 'mesh', target: vpcs[0], related: vpcs.slice(1, 20), data: { count: vpcs.length, names, peerings: count }, fix: 'Attach these VPCs to a transit gateway and retire the peering connections.' })
    }
  },
})
