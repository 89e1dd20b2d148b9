import type { ResourceOf } from '../../model/kinds'
import { defineRule } from '../rule'

type Subnet = ResourceOf<'subnet'>

export default defineRule({
  id: 'pl-az-match',
  meta: {
    severity: 'error',
    title: "A PrivateLink consumer shares AZs with the provider's load balancer",
    appliesTo: ['interfaceEndpoint', 'endpointService'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html',
  },
  messages: {
    noCommon: 'Interface endpoint {{endpoint}} is in {{consumerZones}}, but the load balancers of endpoint service {{service}} are only in {{providerZones}}: no common AZ, so the endpoint gets no usable ENI.',
    oneCommon: 'Interface endpoint {{endpoint}} and endpoint service {{service}} share only {{common}}: an outage of that AZ cuts the service off (aim for two common AZs).',
    noAzIds: 'Interface endpoint {{endpoint}} and endpoint service {{service}} are in different accounts, and their subnets lack azId: AZ names map to different zones per account, so the AZ match cannot be checked.',
  },
  check({ index, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      const s = index.getOf('endpointService', e.endpointService)
      if (!s || e.endpointType !== 'interface') continue
      const consumerVpc = index.getOf('vpc', e.vpc)
      const lbs = s.loadBalancers.map((id) => index.getOf('loadBalancer', id)).filter((lb) => lb !== undefined)
      const providerVpc = index.getOf('vpc', lbs[0]?.vpc)
      const consumer = e.subnets.map((id) => index.getOf('subnet', id)).filter((x): x is Subnet => x !== undefined)
      const provider = lbs.flatMap((lb) => lb.subnets.map((id) => index.getOf('subnet', id))).filter((x): x is Subnet => x !== undefined)
      if (!consumerVpc || !providerVpc || consumer.length === 0 || provider.length === 0) continue
      const sameAccount = consumerVpc.account === providerVpc.account
      const allIds = [...consumer, ...provider].every((x) => x.azId !== undefined)
      const base = { endpoint: e.name, service: s.name }
      if (!sameAccount && !allIds) {
        report({ messageId: 'noAzIds', severity: 'warning', target: e.id, related: [s.id], field: 'subnets', data: base, fix: 'Record azId (e.g. use1-az1) on the consumer and provider subnets.' })
        continue
      }
      // Same account: names are comparable; otherwise only AZ IDs are.
      const key = (x: Subnet) => (allIds ? x.azId! : x.az)
      const providerZones = new Set(provider.map(key))
      const consumerZones = [...new Set(consumer.map(key))]
      const common = consumerZones.filter((z) => providerZones.has(z)).sort()
      const data = { ...base, consumerZones: consumerZones.sort().join(', '), providerZones: [...providerZones].sort().join(', '), common: common.join(', ') }
      if (common.length === 0) report({ messageId: 'noCommon', target: e.id, related: [s.id, ...lbs.map((lb) => lb.id)], field: 'subnets', data, fix: `Place the endpoint in ${[...providerZones].sort().join(' or ')}, or enable the load balancer in the consumer's AZs.` })
      else if (common.length === 1) report({ messageId: 'oneCommon', severity: 'warning', target: e.id, related: [s.id], field: 'subnets', data, fix: 'Add a subnet in a second AZ the load balancer also serves.' })
    }
  },
})
