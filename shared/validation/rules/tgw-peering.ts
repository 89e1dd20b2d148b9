import { defineRule } from '../rule'
import { cidrOf, pairKey } from '../topology'
import { tgwLookup, tgwTablesAssociatedWith } from '../topology-tgw'

export default defineRule({
  id: 'tgw-peering',
  meta: {
    severity: 'error',
    title: 'TGW peering uses static routes on both sides',
    appliesTo: ['tgwPeeringAttachment', 'tgwRouteTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-peering.html',
  },
  messages: {
    duplicate: 'Peering attachment {{attachment}} joins {{a}} and {{b}}, already joined by {{first}}; one peering attachment per pair of transit gateways.',
    propagated: 'TGW route table {{table}} propagates peering attachment {{attachment}}; peering attachments exchange no routes, add static routes instead.',
    noPeerTable: 'TGW route table {{table}} sends {{prefix}} to peering attachment {{attachment}}, but no route table of {{peerTgw}} is associated with it: arriving traffic is dropped.',
    noForward: 'TGW route table {{table}} sends {{prefix}} over peering attachment {{attachment}}, but {{peerTable}} on {{peerTgw}} (associated with the peering) has no route for it.',
    noReturn:
      'TGW route table {{returnTable}} on {{peerTgw}} has no static route back to {{source}} via peering attachment {{attachment}}, yet {{table}} on {{tgw}} sends {{prefix}} over it: replies are dropped.',
  },
  check({ index, indexes, report }) {
    const pairs = new Map<string, string>()
    for (const p of index.all('tgwPeeringAttachment')) {
      const key = pairKey(p.transitGateway, p.peerTransitGateway)
      const first = pairs.get(key)
      if (!first) {
        pairs.set(key, p.id)
        continue
      }
      const data = { attachment: p.name, a: index.get(p.transitGateway)?.name ?? p.transitGateway, b: index.get(p.peerTransitGateway)?.name ?? p.peerTransitGateway, first: index.get(first)?.name ?? first }
      report({ messageId: 'duplicate', target: p.id, related: [first], field: 'peerTransitGateway', data, fix: `Delete ${p.name} and route over ${data.first}.` })
    }
    for (const table of index.all('tgwRouteTable')) {
      table.propagations.forEach((attId, i) => {
        const p = index.getOf('tgwPeeringAttachment', attId)
        if (p) report({ messageId: 'propagated', target: table.id, related: [p.id], field: `propagations[${i}]`, data: { table: table.name, attachment: p.name }, fix: `Remove the propagation and add static routes to ${p.name}.` })
      })
      table.routes.forEach((r, i) => {
        const p = index.getOf('tgwPeeringAttachment', r.target)
        const prefix = r.destination
        if (!p || ![p.transitGateway, p.peerTransitGateway].includes(table.transitGateway)) return
        const peerTgwId = p.transitGateway === table.transitGateway ? p.peerTransitGateway : p.transitGateway
        const base = { table: table.name, prefix, attachment: p.name, peerTgw: index.get(peerTgwId)?.name ?? peerTgwId, tgw: index.get(table.transitGateway)?.name ?? table.transitGateway }
        const field = `routes[${i}]`
        const peerTable = tgwTablesAssociatedWith(indexes, p.id).find((t) => t.transitGateway === peerTgwId)
        if (!peerTable) {
          report({ messageId: 'noPeerTable', target: table.id, related: [p.id, peerTgwId], field, data: base, fix: `Associate ${p.name} with a route table of ${base.peerTgw}.` })
          return
        }
        const dest = cidrOf(r.destination)
        const forward = dest ? tgwLookup(indexes, peerTable, dest) : undefined
        if (!forward || forward.target === 'blackhole') {
          report({ messageId: 'noForward', target: table.id, related: [p.id, peerTable.id], field, data: { ...base, peerTable: peerTable.name }, fix: `Propagate or add a route for ${prefix} in ${peerTable.name}.` })
          return
        }
        // Replies are looked up in the table of the attachment the forward traffic reached on the far side.
        const returnTable = tgwTablesAssociatedWith(indexes, forward.target).find((t) => t.transitGateway === peerTgwId)
        if (!returnTable) return
        for (const attId of table.associations) {
          const att = index.getOf('tgwVpcAttachment', attId)
          const vpc = index.getOf('vpc', att?.vpc)
          if (!att || !vpc) continue
          for (const source of indexes.blocksOf(vpc).v4) {
            const back = tgwLookup(indexes, returnTable, source)
            if (back && back.target === p.id && back.origin === 'static') continue
            report({
              messageId: 'noReturn',
              target: returnTable.id,
              related: [p.id, table.id, vpc.id],
              field: 'routes',
              data: { ...base, returnTable: returnTable.name, source: `${source.canonical} (${vpc.name})` },
              fix: `Add static route ${source.canonical} → ${p.name} to ${returnTable.name}.`,
            })
          }
        }
      })
    }
  },
})
