import { defineRule } from '../rule'

export default defineRule({
  id: 'pl-service-load-balancer',
  meta: {
    severity: 'error',
    title: 'Endpoint services sit on NLBs or GWLBs, consumed by the matching endpoint type',
    appliesTo: ['endpointService', 'interfaceEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html',
  },
  messages: {
    alb: 'Endpoint service {{service}} is backed by application load balancer {{lb}}; PrivateLink services need a Network or Gateway Load Balancer (put the ALB behind an NLB as its target).',
    mixed: 'Endpoint service {{service}} mixes Network and Gateway Load Balancers ({{lbs}}); a service uses one type.',
    consumerType: '{{endpointKind}} {{endpoint}} consumes endpoint service {{service}}, which is backed by a {{lbKind}}; {{expected}}.',
  },
  check({ index, report }) {
    const typeOf = new Map<string, 'network' | 'gateway' | undefined>()
    for (const s of index.all('endpointService')) {
      const lbs = s.loadBalancers.map((id) => index.getOf('loadBalancer', id)).filter((lb) => lb !== undefined)
      s.loadBalancers.forEach((id, i) => {
        const lb = index.getOf('loadBalancer', id)
        if (lb?.type === 'application') report({ messageId: 'alb', target: s.id, related: [lb.id], field: `loadBalancers[${i}]`, data: { service: s.name, lb: lb.name }, fix: `Front ${lb.name} with a Network Load Balancer and list that instead.` })
      })
      const types = new Set(lbs.map((lb) => lb.type).filter((t) => t !== 'application'))
      if (types.size > 1) report({ messageId: 'mixed', target: s.id, related: lbs.map((lb) => lb.id), field: 'loadBalancers', data: { service: s.name, lbs: lbs.map((lb) => lb.name).join(', ') } })
      typeOf.set(s.id, types.size === 1 ? ([...types][0] as 'network' | 'gateway') : undefined)
    }
    for (const e of index.all('interfaceEndpoint')) {
      const service = index.getOf('endpointService', e.endpointService)
      const lbType = service ? typeOf.get(service.id) : undefined
      if (!service || !lbType) continue
      const wants = e.endpointType === 'interface' ? 'network' : 'gateway'
      if (lbType === wants) continue
      report({
        messageId: 'consumerType',
        target: e.id,
        related: [service.id],
        field: 'endpointType',
        data: {
          endpointKind: e.endpointType === 'interface' ? 'Interface endpoint' : 'Gateway Load Balancer endpoint',
          endpoint: e.name,
          service: service.name,
          lbKind: lbType === 'network' ? 'Network Load Balancer' : 'Gateway Load Balancer',
          expected: lbType === 'network' ? 'consume it with an interface endpoint' : 'consume it with a Gateway Load Balancer endpoint',
        },
        fix: `Set endpointType to ${lbType === 'network' ? 'interface' : 'gatewayLoadBalancer'}.`,
      })
    }
  },
})
