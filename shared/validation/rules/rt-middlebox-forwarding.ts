import { parseCidr } from '../../net/cidr'
import { nameOf } from '../names'
import { defineRule } from '../rule'
import { destinationOf, isMiddlebox, lookup, routeText } from '../support/routes'

export default defineRule({
  id: 'rt-middlebox-forwarding',
  meta: {
    severity: 'error',
    title: 'Middlebox routes reach an appliance that forwards, in both directions',
    appliesTo: ['routeTable', 'workload'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/gateway-route-tables.html',
  },
  messages: {
    srcDstCheck: 'Route table {{table}} sends {{route}} to workload {{target}}, which has source/destination check enabled: it drops every packet not addressed to itself.',
    asymmetric: 'Route table {{table}} sends traffic from {{from}} to {{to}} through {{target}}, but the return traffic from {{to}} goes to {{back}}; the appliance sees only one direction of each flow.',
    asymmetricEdge: 'Gateway route table {{table}} sends internet traffic for {{to}} through {{target}}, but {{to}} sends 0.0.0.0/0 straight to {{gateway}}; replies bypass the appliance.',
  },
  check({ index, indexes, report }) {
    for (const { table, vpc, targets } of indexes.tablesWithVpc()) {
      // Most tables route to gateways only; skip them before building anything.
      if (!table.routes.some((r, i) => r.target !== 'local' && isMiddlebox(targets[i]))) continue
      const subnets = indexes.subnetBlocksOf(vpc.id)
      const edgeIgw = table.edgeAssociations.map((id) => index.get(id)).find((g) => g?.kind === 'internetGateway')
      table.routes.forEach((route, i) => {
        const target = targets[i]
        if (!target || !isMiddlebox(target)) return
        const data = { table: table.name, route: routeText(route, index), target: target.name }
        if (target.kind === 'workload' && target.sourceDestCheck) {
          report({ messageId: 'srcDstCheck', target: table.id, field: `routes[${i}].target`, related: [target.id], data, fix: `Disable source/destination check on ${target.name}.` })
        }
        const dest = destinationOf(route)
        const to = dest ? subnets.get(dest.canonical) : undefined
        if (!to) return
        const back = indexes.routeTableOf(to)
        if (!back) return
        if (edgeIgw) {
          const def = back.routes.find((r) => destinationOf(r)?.canonical === '0.0.0.0/0')
          if (def?.target === edgeIgw.id) {
            report({ messageId: 'asymmetricEdge', target: table.id, field: `routes[${i}]`, severity: 'warning', related: [to.id, back.id, target.id], data: { ...data, to: to.name, gateway: edgeIgw.name }, fix: `Send ${to.name}'s 0.0.0.0/0 to ${target.name} as well.` })
          }
          return
        }
        for (const from of indexes.subnetsUsing(table.id)) {
          const appliance = index.getOf('subnet', 'subnet' in target ? target.subnet : target.subnets[0])
          if (from.id === to.id || from.id === appliance?.id) continue
          const base = parseCidr(from.cidr)
          if (!base) continue
          const hit = lookup(indexes, back, base.canonical.split('/')[0])
          if (hit.target === target.id) continue
          const backName = hit.target === undefined ? 'no route' : hit.target === 'local' ? 'local' : nameOf(index.get(hit.target))
          report({
            messageId: 'asymmetric',
            target: table.id,
            field: `routes[${i}]`,
            severity: 'warning',
            related: [from.id, to.id, back.id, target.id],
            data: { ...data, from: from.name, to: to.name, back: backName },
            fix: `Add ${from.cidr} → ${target.name} to route table ${back.name}.`,
          })
        }
      })
    }
  },
})
