import { defineRule } from '../rule'
import { cidrOf } from '../topology'

export default defineRule({
  id: 'tgw-static-route',
  meta: {
    severity: 'error',
    title: 'TGW static routes target this TGW and are not repeated',
    appliesTo: ['tgwRouteTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html',
  },
  messages: {
    otherTgw: 'TGW route table {{table}} sends {{prefix}} to attachment {{attachment}}, which belongs to another transit gateway than {{tgw}}.',
    duplicate: 'TGW route table {{table}} repeats the static route {{prefix}} → {{attachment}} (already routes[{{first}}]); one static route per prefix and attachment.',
    sameToTwo:
      'TGW route table {{table}} has static routes for {{prefix}} to {{first}} and to {{attachment}}; ECMP is documented only for BGP-propagated VPN and Connect routes, so whether AWS accepts this is unconfirmed.',
  },
  check({ index, report }) {
    for (const table of index.all('tgwRouteTable')) {
      const tgw = index.getOf('transitGateway', table.transitGateway)
      const seen = new Map<string, { target: string; i: number }[]>()
      table.routes.forEach((r, i) => {
        const field = `routes[${i}].target`
        const att = r.target === 'blackhole' ? undefined : index.get(r.target)
        const targetName = r.target === 'blackhole' ? 'blackhole' : (att?.name ?? r.target)
        const base = { table: table.name, prefix: r.destination, attachment: targetName, tgw: tgw?.name ?? table.transitGateway }
        if (att && 'transitGateway' in att) {
          const ends = att.kind === 'tgwPeeringAttachment' ? [att.transitGateway, att.peerTransitGateway] : [att.transitGateway]
          if (!ends.includes(table.transitGateway)) report({ messageId: 'otherTgw', target: table.id, related: [att.id], field, data: base, fix: `Target an attachment of ${base.tgw}.` })
        }
        const key = cidrOf(r.destination)?.canonical ?? r.destination
        const earlier = seen.get(key) ?? []
        const same = earlier.find((e) => e.target === r.target)
        if (same) report({ messageId: 'duplicate', target: table.id, field, data: { ...base, first: same.i }, fix: `Delete routes[${i}].` })
        else if (earlier.length > 0) {
          const first = earlier[0].target
          report({ messageId: 'sameToTwo', severity: 'warning', target: table.id, related: [first, r.target].filter((t) => t !== 'blackhole'), field, data: { ...base, first: first === 'blackhole' ? 'blackhole' : (index.get(first)?.name ?? first) } })
        }
        seen.set(key, [...earlier, { target: r.target, i }])
      })
    }
  },
})
