import { defineRule } from '../rule'
import { nameOf } from '../names'
import { firstOverlap } from '../topology'

export default defineRule({
  id: 'pl-overlap-allowed',
  meta: {
    severity: 'info',
    title: 'Overlapping consumer and provider VPCs are fine over PrivateLink',
    appliesTo: ['interfaceEndpoint', 'endpointService'],
    docs: 'https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/aws-privatelink.html',
  },
  messages: {
    overlapOk:
      'Consumer {{consumer}} and provider {{provider}} overlap ({{a}} / {{b}}); that is fine for endpoint {{endpoint}} to service {{service}}: PrivateLink needs no routes between them, the provider sees the load balancer as the source, and only the consumer side initiates.',
  },
  check({ index, indexes, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      const s = index.getOf('endpointService', e.endpointService)
      const consumer = index.getOf('vpc', e.vpc)
      const provider = index.getOf('vpc', index.getOf('loadBalancer', s?.loadBalancers[0])?.vpc)
      if (!s || !consumer || !provider || consumer.id === provider.id) continue
      const hit = firstOverlap(indexes, consumer, provider)
      if (!hit) continue
      report({
        messageId: 'overlapOk',
        target: e.id,
        related: [s.id, consumer.id, provider.id],
        data: { consumer: nameOf(consumer), provider: nameOf(provider), a: hit[0].canonical, b: hit[1].canonical, endpoint: e.name, service: s.name },
      })
    }
  },
})
