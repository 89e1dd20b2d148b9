import type { ResourceOf } from '../../model/kinds'
import type { Cidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrOf, cidrsOverlap, peeringRoutes } from '../topology'

export default defineRule({
  id: 'peering-routes-both-sides',
  meta: {
    severity: 'error',
    title: 'A route over a peering has a return route on the other side',
    appliesTo: ['routeTable', 'peeringConnection'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html',
  },
  messages: {
    noReturn:
      'Route table {{table}} sends {{destination}} to peering {{peering}}, but no route table of {{peer}} used by a subnet routes {{sources}} back via {{peering}}: replies are never delivered.',
  },
  check({ indexes, report }) {
    const routes = peeringRoutes(indexes)
    // Return routes per peering and side: destinations of that side's subnet-used tables.
    // Keyed by the VPC object of each side, so the lookup needs no string building.
    const returns = new Map<ResourceOf<'peeringConnection'>, Map<ResourceOf<'vpc'>, Cidr[]>>()
    for (const r of routes) {
      if (!r.destination || indexes.subnetsUsing(r.site.table.id).length === 0) continue
      let sides = returns.get(r.peering)
      if (!sides) returns.set(r.peering, (sides = new Map()))
      const list = sides.get(r.vpc)
      if (list) list.push(r.destination)
      else sides.set(r.vpc, [r.destination])
    }
    for (const r of routes) {
      const d = r.destination
      if (!d || !r.overlapsPeer) continue
      const back = returns.get(r.peering)?.get(r.peer) ?? []
      const unanswered: ResourceOf<'subnet'>[] = []
      for (const s of indexes.subnetsUsing(r.site.table.id)) {
        const src = cidrOf(d.family === 4 ? s.cidr : s.ipv6Cidr)
        if (src !== null && !back.some((b) => cidrsOverlap(b, src))) unanswered.push(s)
      }
      if (unanswered.length === 0) continue
      const shown = unanswered.slice(0, 3).map((s) => nameOf(s)).join(', ') + (unanswered.length > 3 ? ` and ${unanswered.length - 3} more` : '')
      const block = indexes.blockContaining(r.vpc, cidrOf(d.family === 4 ? unanswered[0].cidr : unanswered[0].ipv6Cidr)!)
      report({
        messageId: 'noReturn',
        target: r.site.table.id,
        related: [r.peering.id, r.peer.id, ...unanswered.slice(0, 10).map((s) => s.id)],
        field: `routes[${r.site.index}].destination`,
        data: { table: r.site.table.name, destination: d.canonical, peering: r.peering.name, peer: nameOf(r.peer), sources: shown },
        fix: `Add route ${block?.canonical ?? unanswered[0].cidr} → ${r.peering.name} to the route tables of ${r.peer.name}'s subnets that must answer.`,
      })
    }
  },
})
