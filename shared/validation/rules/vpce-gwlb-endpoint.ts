import { defineRule } from '../rule'
import { nameOf } from '../names'
import { zoneOf } from '../topology'

export default defineRule({
  id: 'vpce-gwlb-endpoint',
  meta: {
    severity: 'error',
    title: 'GWLB endpoints sit in one subnet of an AZ their GWLB serves',
    appliesTo: ['interfaceEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-load-balancer-endpoints.html',
  },
  messages: {
    oneSubnet: 'Gateway Load Balancer endpoint {{endpoint}} names {{count}} subnets; it takes exactly one (one AZ, fixed after creation).',
    sameAz: 'Gateway Load Balancer endpoints {{first}} and {{endpoint}} of {{vpc}} serve the same service in {{az}}; use one endpoint per AZ.',
    azNotServed: 'Gateway Load Balancer endpoint {{endpoint}} is in {{subnet}} ({{az}}), an AZ where the load balancers of {{service}} have no subnet.',
  },
  check({ index, report }) {
    const perZone = new Map<string, string>()
    for (const e of index.all('interfaceEndpoint')) {
      if (e.endpointType !== 'gatewayLoadBalancer') continue
      if (e.subnets.length !== 1) {
        report({ messageId: 'oneSubnet', target: e.id, field: 'subnets', data: { endpoint: e.name, count: e.subnets.length }, fix: 'Create one endpoint per AZ, each with one subnet.' })
        if (e.subnets.length === 0) continue
      }
      const s = index.getOf('subnet', e.subnets[0])
      if (!s) continue
      const key = `${e.vpc}\u0000${e.endpointService ?? e.service}\u0000${s.az}`
      const first = perZone.get(key)
      if (first) report({ messageId: 'sameAz', target: e.id, related: [first], field: 'subnets[0]', data: { first: index.get(first)?.name ?? first, endpoint: e.name, vpc: nameOf(index.get(e.vpc), e.vpc), az: s.az } })
      else perZone.set(key, e.id)
      const service = index.getOf('endpointService', e.endpointService)
      if (!service) continue
      const zones = new Set(service.loadBalancers.flatMap((id) => index.getOf('loadBalancer', id)?.subnets ?? []).map((id) => index.getOf('subnet', id)).filter((x) => x !== undefined).map(zoneOf))
      if (!zones.has(zoneOf(s))) {
        report({ messageId: 'azNotServed', target: e.id, related: [service.id, s.id], field: 'subnets[0]', data: { endpoint: e.name, subnet: nameOf(s), az: zoneOf(s), service: service.name }, fix: `Enable the GWLB in ${zoneOf(s)} or move the endpoint to a served AZ.` })
      }
    }
  },
})
