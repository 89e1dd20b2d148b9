import { defineRule } from '../rule'

const IGWS_PER_REGION = 5

export default defineRule({
  id: 'igw-one-per-vpc',
  meta: {
    severity: 'error',
    title: 'A VPC has at most one internet gateway',
    appliesTo: ['internetGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
  },
  messages: {
    second: 'VPC {{vpc}} already has internet gateway {{first}}; {{gateway}} cannot be attached as well (one internet gateway per VPC).',
    quota: 'Account {{account}} has {{count}} internet gateways in {{region}}; the default quota is 5 per Region (it follows the VPCs-per-Region quota).',
  },
  check({ index, report }) {
    const perRegion = new Map<string, string[]>()
    for (const vpc of index.all('vpc')) {
      const igws = index.childrenOf(vpc.id, 'internetGateway')
      for (const extra of igws.slice(1)) {
        report({ messageId: 'second', target: extra.id, field: 'vpc', related: [vpc.id, igws[0].id], data: { vpc: vpc.name, first: igws[0].name, gateway: extra.name }, fix: `Delete ${extra.name}; the VPC uses ${igws[0].name}.` })
      }
      if (igws.length === 0) continue
      const key = `${vpc.account}\u0000${vpc.region}`
      const ids = perRegion.get(key)
      if (ids) for (const g of igws) ids.push(g.id)
      else perRegion.set(key, igws.map((g) => g.id))
    }
    for (const [key, igws] of perRegion) {
      if (igws.length <= IGWS_PER_REGION) continue
      const [accountId, region] = key.split('\u0000')
      const account = index.getOf('account', accountId)
      if (account) report({ messageId: 'quota', target: account.id, severity: 'warning', related: igws, data: { account: account.name, count: igws.length, region } })
    }
  },
})
