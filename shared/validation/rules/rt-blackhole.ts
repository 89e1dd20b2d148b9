import { defineRule } from '../rule'
import { routeText } from '../support/routes'

export default defineRule({
  id: 'rt-blackhole',
  meta: {
    severity: 'warning',
    title: 'Routes point to targets that carry traffic',
    appliesTo: ['routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html',
  },
  messages: {
    missing: 'Route table {{table}} route {{route}} points to a target that does not exist; AWS shows it as blackhole and drops the traffic.',
    detachedVgw: 'Route table {{table}} route {{route}} points to virtual private gateway {{target}}, which is not attached to any VPC; the route is a blackhole.',
    pendingPeering: 'Route table {{table}} route {{route}} uses peering connection {{target}}, which is still pending acceptance; AWS accepts the route but shows it as blackhole and drops traffic until the peer accepts.',
    pendingEndpoint: 'Route table {{table}} route {{route}} uses endpoint {{target}}, which the service provider has not accepted yet; traffic is dropped until it is accepted.',
  },
  check({ index, indexes, report }) {
    for (const { table, targets } of indexes.routeTables()) {
      table.routes.forEach((route, i) => {
        if (route.target === 'local') return
        const target = targets[i]
        const blackhole = !target || (target.kind === 'vpnGateway' && target.vpc === undefined) || (target.kind === 'peeringConnection' && target.status !== 'active') || (target.kind === 'interfaceEndpoint' && target.state !== 'accepted')
        if (!blackhole) return
        const data = { table: table.name, route: routeText(route, index), target: target?.name ?? route.target }
        const at = { target: table.id, field: `routes[${i}].target`, related: target ? [target.id] : [], data }
        if (!target) report({ messageId: 'missing', ...at })
        else if (target.kind === 'vpnGateway' && target.vpc === undefined) report({ messageId: 'detachedVgw', ...at, fix: `Attach ${target.name} to VPC ${index.get(table.vpc)?.name ?? table.vpc}.` })
        else if (target.kind === 'peeringConnection' && target.status !== 'active') report({ messageId: 'pendingPeering', ...at, fix: 'Accept the peering connection in the accepter account.' })
        else if (target.kind === 'interfaceEndpoint' && target.state !== 'accepted') report({ messageId: 'pendingEndpoint', ...at })
      })
    }
  },
})
