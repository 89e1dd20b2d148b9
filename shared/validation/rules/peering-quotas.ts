import { defineRule } from '../rule'
import { nameOf } from '../names'
import { pushTo } from '../topology'

const ACTIVE_DEFAULT = 50
const ACTIVE_MAX = 125
const PENDING_DEFAULT = 25

export default defineRule({
  id: 'peering-quotas',
  meta: {
    severity: 'warning',
    title: 'Peering connections stay within quotas',
    appliesTo: ['vpc', 'account'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-connection-quotas.html',
  },
  messages: {
    activePerVpc: '{{vpc}} has {{count}} active peering connections; the default quota is 50 per VPC (adjustable to 125; raise route table quotas too).',
    activeOverMax: '{{vpc}} has {{count}} active peering connections; AWS allows at most 125 per VPC even after a quota increase.',
    pendingPerAccount: 'Account {{account}} has {{count}} outstanding peering requests; the default quota is 25 (requests expire after 7 days).',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      const active = indexes.peeringsOf(vpc.id).filter((p) => p.status === 'active')
      if (active.length <= ACTIVE_DEFAULT) continue
      const over = active.length > ACTIVE_MAX
      report({
        messageId: over ? 'activeOverMax' : 'activePerVpc',
        severity: over ? 'error' : 'warning',
        target: vpc.id,
        data: { vpc: nameOf(vpc), count: active.length },
        fix: 'Attach the VPCs to a transit gateway instead of peering each pair.',
      })
    }
    const pending = new Map<string, string[]>()
    for (const p of index.all('peeringConnection')) {
      if (p.status !== 'pending-acceptance') continue
      const account = index.getOf('vpc', p.requesterVpc)?.account
      if (account) pushTo(pending, account, p.id)
    }
    for (const [account, ids] of pending) {
      if (ids.length <= PENDING_DEFAULT || !index.get(account)) continue
      report({ messageId: 'pendingPerAccount', target: account, related: ids.slice(0, 10), data: { account: index.get(account)!.name, count: ids.length } })
    }
  },
})
