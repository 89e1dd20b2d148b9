import { defineRule } from '../rule'
import { nameOf } from '../names'
import { pushTo } from '../topology'

const INTERFACE_PER_VPC = 50
const GATEWAY_PER_REGION = 20
const GATEWAY_PER_VPC_MAX = 255

export default defineRule({
  id: 'vpce-quotas',
  meta: {
    severity: 'warning',
    title: 'VPC endpoints stay within quotas',
    appliesTo: ['vpc', 'interfaceEndpoint', 'gatewayEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-limits-endpoints.html',
  },
  messages: {
    interfacePerVpc: '{{vpc}} has {{count}} interface and Gateway Load Balancer endpoints; the default quota is 50 per VPC (adjustable).',
    gatewayPerRegion: 'Account {{account}} has {{count}} gateway endpoints in {{region}}; the default quota is 20 per Region (adjustable).',
    gatewayPerVpc: '{{vpc}} has {{count}} gateway endpoints; AWS allows at most 255 per VPC.',
  },
  check({ index, report }) {
    const interfaces = new Map<string, number>()
    for (const e of index.all('interfaceEndpoint')) interfaces.set(e.vpc, (interfaces.get(e.vpc) ?? 0) + 1)
    const gatewaysPerVpc = new Map<string, number>()
    const gatewaysPerRegion = new Map<string, string[]>()
    for (const e of index.all('gatewayEndpoint')) {
      gatewaysPerVpc.set(e.vpc, (gatewaysPerVpc.get(e.vpc) ?? 0) + 1)
      const vpc = index.getOf('vpc', e.vpc)
      if (vpc) pushTo(gatewaysPerRegion, `${vpc.account}\u0000${vpc.region}`, e.id)
    }
    for (const vpc of index.all('vpc')) {
      const n = interfaces.get(vpc.id) ?? 0
      if (n > INTERFACE_PER_VPC) report({ messageId: 'interfacePerVpc', target: vpc.id, data: { vpc: nameOf(vpc), count: n } })
      const g = gatewaysPerVpc.get(vpc.id) ?? 0
      if (g > GATEWAY_PER_VPC_MAX) report({ messageId: 'gatewayPerVpc', severity: 'error', target: vpc.id, data: { vpc: nameOf(vpc), count: g } })
    }
    for (const [key, ids] of gatewaysPerRegion) {
      if (ids.length <= GATEWAY_PER_REGION) continue
      const [account, region] = key.split('\u0000')
      report({ messageId: 'gatewayPerRegion', target: ids[GATEWAY_PER_REGION], related: ids.slice(0, GATEWAY_PER_REGION), data: { account: index.get(account)?.name ?? account, count: ids.length, region } })
    }
  },
})
