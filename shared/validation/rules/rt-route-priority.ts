import { overlaps, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

/** Preference among propagated routes of equal prefix: Direct Connect BGP, then VPN static, then VPN BGP. */
const originRank = { dx: 0, 'vpn-static': 1, 'vpn-bgp': 2 } as const
const originName = { dx: 'Direct Connect', 'vpn-static': 'VPN static', 'vpn-bgp': 'VPN BGP' } as const

export default defineRule({
  id: 'rt-route-priority',
  meta: {
    severity: 'info',
    title: 'Explains which of overlapping routes wins',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html',
  },
  messages: {
    staticBeatsPropagated: 'Route table {{table}}: static route {{destination}} → {{target}} wins over the same prefix propagated from {{vgw}} ({{origin}} via {{via}}); the propagated route is never used.',
    propagatedInsideVpc: 'Route table {{table}}: {{vgw}} propagates {{destination}} ({{origin}} via {{via}}), which overlaps VPC block {{block}}; traffic to the block stays local, the propagated route never wins there.',
    propagatedTie: 'Route table {{table}}: {{destination}} is propagated by {{vgw}} from {{winner}} and from {{loser}}; {{winner}} wins (Direct Connect > VPN static > VPN BGP).',
    cidrBeatsPrefixList: 'Route table {{table}}: route {{destination}} → {{target}} wins over the entry {{destination}} of prefix list {{list}} → {{listTarget}} (a CIDR route beats a prefix-list route with the same coverage).',
  },
  check({ index, indexes, report }) {
    const name = (id: string) => index.get(id)?.name ?? id
    for (const { table, vpc } of indexes.tablesWithVpc()) {
      // Only propagation and prefix lists create the overlaps this rule explains.
      if ((table.propagatingVgws.length === 0 && !table.routes.some((r) => r.destinationPrefixList !== undefined))) continue
      const blocks = [...indexes.blocksOf(vpc).v4, ...indexes.blocksOf(vpc).v6]
      const statics = new Map<string, number>()
      indexes.destinationsOf(table).forEach((c, i) => {
        if (c) statics.set(c.canonical, i)
      })
      for (const vgwId of new Set(table.propagatingVgws)) {
        const learned = indexes.learnedPrefixesOf(vgwId)
        const best = new Map<string, (typeof learned)[number]>()
        for (const p of learned) {
          const c = parseCidr(p.cidr)
          if (!c) continue
          const data = { table: table.name, destination: c.canonical, vgw: name(vgwId), origin: originName[p.origin], via: name(p.via) }
          const s = statics.get(c.canonical)
          if (s !== undefined) {
            report({ messageId: 'staticBeatsPropagated', target: table.id, field: `routes[${s}]`, related: [vgwId, p.via], data: { ...data, target: name(table.routes[s].target) } })
            continue
          }
          const block = blocks.find((b) => overlaps(b, c))
          if (block) {
            report({ messageId: 'propagatedInsideVpc', target: table.id, field: 'propagatingVgws', related: [vgwId, p.via], data: { ...data, block: block.text } })
            continue
          }
          const other = best.get(c.canonical)
          if (!other) best.set(c.canonical, p)
          else if (originRank[other.origin] !== originRank[p.origin]) {
            const [winner, loser] = originRank[p.origin] < originRank[other.origin] ? [p, other] : [other, p]
            best.set(c.canonical, winner)
            report({ messageId: 'propagatedTie', target: table.id, field: 'propagatingVgws', related: [vgwId, winner.via, loser.via], data: { ...data, winner: `${originName[winner.origin]} (${name(winner.via)})`, loser: `${originName[loser.origin]} (${name(loser.via)})` } })
          }
        }
      }
      table.routes.forEach((r) => {
        const list = index.getOf('prefixList', r.destinationPrefixList)
        if (!list) return
        for (const entry of list.entries) {
          const c = parseCidr(entry)
          const s = c ? statics.get(c.canonical) : undefined
          if (s === undefined || table.routes[s].target === r.target) continue
          report({ messageId: 'cidrBeatsPrefixList', target: table.id, field: `routes[${s}]`, related: [list.id], data: { table: table.name, destination: c!.canonical, target: name(table.routes[s].target), list: list.name, listTarget: name(r.target) } })
        }
      })
    }
  },
})
