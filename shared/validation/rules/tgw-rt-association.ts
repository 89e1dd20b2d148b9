import { defineRule } from '../rule'
import { tgwAttachmentKinds } from '../../model/kinds'

export default defineRule({
  id: 'tgw-rt-association',
  meta: {
    severity: 'error',
    title: 'Each TGW attachment is associated with exactly one route table of its TGW',
    appliesTo: ['tgwRouteTable', ...tgwAttachmentKinds],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  messages: {
    twoTables: 'Attachment {{attachment}} is associated with TGW route table {{table}} and also with {{first}}; an attachment is associated with one route table only.',
    foreign: 'TGW route table {{table}} of {{tgw}} lists attachment {{attachment}}, which belongs to another transit gateway.',
    unassociated: 'Attachment {{attachment}} is associated with no route table of transit gateway {{tgw}}: traffic entering the TGW from it has no table to be looked up in and is dropped.',
  },
  check({ index, report }) {
    const firstTable = new Map<string, string>()
    for (const table of index.all('tgwRouteTable')) {
      const tgw = index.getOf('transitGateway', table.transitGateway)
      table.associations.forEach((attId, i) => {
        const att = index.get(attId)
        if (!att || !('transitGateway' in att)) return
        const field = `associations[${i}]`
        const ends = att.kind === 'tgwPeeringAttachment' ? [att.transitGateway, att.peerTransitGateway] : [att.transitGateway]
        if (!ends.includes(table.transitGateway)) {
          report({ messageId: 'foreign', target: table.id, related: [att.id], field, data: { table: table.name, tgw: tgw?.name ?? table.transitGateway, attachment: att.name }, fix: `Remove ${att.name} from ${table.name}.` })
          return
        }
        // A peering attachment has one association on each of its two TGWs.
        const key = `${attId}\u0000${table.transitGateway}`
        const first = firstTable.get(key)
        if (first && first !== table.id) {
          report({ messageId: 'twoTables', target: table.id, related: [att.id, first], field, data: { attachment: att.name, table: table.name, first: index.get(first)?.name ?? first }, fix: `Keep ${att.name} in one table and propagate it into the others instead.` })
        } else firstTable.set(key, table.id)
      })
    }
    for (const kind of tgwAttachmentKinds) {
      for (const att of index.all(kind)) {
        const ends = att.kind === 'tgwPeeringAttachment' ? [att.transitGateway, att.peerTransitGateway] : [att.transitGateway]
        for (const tgwId of ends) {
          const tgw = index.getOf('transitGateway', tgwId)
          if (!tgw || firstTable.has(`${att.id}\u0000${tgwId}`)) continue
          if (tgw.defaultRouteTableAssociation && tgw.defaultRouteTable && att.kind !== 'tgwPeeringAttachment') continue
          report({ messageId: 'unassociated', severity: 'warning', target: att.id, related: [tgw.id], data: { attachment: att.name, tgw: tgw.name }, fix: `Associate ${att.name} with a route table of ${tgw.name}.` })
        }
      }
    }
  },
})
