import { defineRule } from '../rule'
import { pushTo } from '../topology'

export default defineRule({
  id: 'sg-semantics',
  meta: {
    severity: 'info',
    title: 'How security groups filter: stateful, allow-only, per interface',
    appliesTo: ['securityGroup'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  messages: {
    noInbound: 'Security group {{group}} (on {{users}}) has no inbound rules: its members accept no new connections, only replies to connections they open (security groups are stateful and only allow).',
    noOutbound: 'Security group {{group}} (on {{users}}) has no outbound rules: its members cannot open connections, though replies to allowed inbound connections still leave (stateful).',
  },
  check({ index, report }) {
    const users = new Map<string, string[]>()
    const use = (groups: readonly string[], id: string) => {
      for (const g of new Set(groups)) pushTo(users, g, id)
    }
    for (const w of index.all('workload')) use(w.securityGroups, w.id)
    for (const e of index.all('interfaceEndpoint')) use(e.securityGroups, e.id)
    for (const lb of index.all('loadBalancer')) use(lb.securityGroups, lb.id)
    for (const g of index.all('securityGroup')) {
      const on = users.get(g.id)
      if (!on) continue
      // Several groups on one interface are unioned: another group may open what this one leaves shut.
      const names = on.slice(0, 3).map((id) => index.get(id)?.name ?? id).join(', ') + (on.length > 3 ? ` and ${on.length - 3} more` : '')
      if (g.ingress.length === 0) report({ messageId: 'noInbound', target: g.id, related: on.slice(0, 10), field: 'ingress', data: { group: g.name, users: names } })
      if (g.egress.length === 0) report({ messageId: 'noOutbound', target: g.id, related: on.slice(0, 10), field: 'egress', data: { group: g.name, users: names } })
    }
  },
})
