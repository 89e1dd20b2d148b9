import { defineRule } from '../rule'
import { natElasticIps } from '../../model/kinds'

const NATS_PER_AZ = 5
const EIPS_DEFAULT = 2
const EIPS_MAX = 8
const PRIVATE_IPS_MAX = 8

export default defineRule({
  id: 'natgw-quotas',
  meta: {
    severity: 'warning',
    title: 'NAT gateways per AZ and addresses per NAT gateway stay within quotas',
    appliesTo: ['natGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  },
  messages: {
    perAz: 'Account {{account}} has {{count}} NAT gateways in {{az}}; the default quota is 5 per AZ (adjustable).',
    eips: 'NAT gateway {{nat}} has {{count}} Elastic IPs; the default quota is 2 per NAT gateway (adjustable to 8).',
    eipsMax: 'NAT gateway {{nat}} has {{count}} Elastic IPs; AWS allows at most 8 per NAT gateway.',
    privateIps: 'NAT gateway {{nat}} has {{count}} private IPv4 addresses; a NAT gateway takes at most 8.',
  },
  check({ index, indexes, report }) {
    const perAz = new Map<string, string[]>()
    for (const { nat, subnet, vpc } of indexes.placedNatGateways()) {
      if (!subnet || !vpc) continue
      const key = `${vpc.account}\u0000${subnet.az}`
      const nats = perAz.get(key)
      if (nats) nats.push(nat.id)
      else perAz.set(key, [nat.id])
      if (nat.connectivity === 'public') {
        const eips = natElasticIps(nat)
        if (eips > EIPS_MAX) report({ messageId: 'eipsMax', target: nat.id, field: 'elasticIps', severity: 'error', data: { nat: nat.name, count: eips } })
        else if (eips > EIPS_DEFAULT) report({ messageId: 'eips', target: nat.id, field: 'elasticIps', data: { nat: nat.name, count: eips }, fix: 'Request the "Elastic IP addresses per NAT gateway" quota increase.' })
      }
      const privateIps = 1 + nat.secondaryPrivateIps
      if (privateIps > PRIVATE_IPS_MAX) report({ messageId: 'privateIps', target: nat.id, field: 'secondaryPrivateIps', data: { nat: nat.name, count: privateIps } })
    }
    for (const [key, nats] of perAz) {
      if (nats.length <= NATS_PER_AZ) continue
      const [accountId, az] = key.split('\u0000')
      const account = index.getOf('account', accountId)
      if (account) report({ messageId: 'perAz', target: account.id, related: nats, data: { account: account.name, count: nats.length, az } })
    }
  },
})
