import type { ResourceOf } from '../../model/kinds'
import type { Cidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrOf, cidrsOverlap, peeringRoutes } from '../topology'

/** Which side of the peering a VPC is: 0 the requester, 1 the accepter. */
function sideOf(p: ResourceOf<'peeringConnection'>, vpc: ResourceOf<'vpc'>): 0 | 1 {
  return vpc.id === p.requesterVpc ? 0 : 1
}

function anyOverlap(list: readonly Cidr[], c: Cidr): boolean {
  for (const b of list) if (cidrsOverlap(b, c)) return true
  return false
}

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
    // Return routes per peering and side: destinations of that side's subnet-used tables, [requester's, accepter's].
    // Two lists per peering rather than a map per peering: this runs over every peering route of the design.
    const returns = new Map<ResourceOf<'peeringConnection'>, [Cidr[], Cidr[]]>()
    for (const r of routes) {
      if (!r.destination || indexes.subnetsUsing(r.site.table.id).length === 0) continue
      let sides = returns.get(r.peering)
      if (!sides) returns.set(r.peering, (sides = [[], []]))
      sides[sideOf(r.peering, r.vpc)].push(r.destination)
    }
    for (const r of routes) {
      const d = r.destination
      if (!d || !r.overlapsPeer) continue
      const back = returns.get(r.peering)?.[sideOf(r.peering, r.peer)]
      const unanswered: ResourceOf<'subnet'>[] = []
      for (const s of indexes.subnetsUsing(r.site.table.id)) {
        const src = cidrOf(d.family === 4 ? s.cidr : s.ipv6Cidr)
        if (src !== null && !(back && anyOverlap(back, src))) unanswered.push(s)
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
