import type { NetworkAclRule } from '../../model/kinds'
import { defineRule } from '../rule'
import { pushTo } from '../topology'

function allowsEphemeral(rules: readonly NetworkAclRule[]): boolean {
  return rules.some((r) => r.action === 'allow' && (r.protocol === '-1' || (r.protocol === 'tcp' && (r.fromPort ?? 0) <= 1024 && (r.toPort ?? 65535) >= 65535)))
}

export default defineRule({
  id: 'nacl-semantics',
  meta: {
    severity: 'info',
    title: 'How network ACLs filter: stateless, ordered, per subnet',
    appliesTo: ['networkAcl'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
  messages: {
    denyAll: 'Network ACL {{nacl}} (on {{subnets}}) has no rules: a custom NACL denies all traffic in and out until rules are added (only the default NACL allows everything).',
    noEphemeralReturn:
      'Network ACL {{nacl}} allows inbound TCP {{ports}} but no outbound TCP 1024–65535: NACLs are stateless, so replies to those connections leave only if an outbound rule allows the clients\' ephemeral ports.',
  },
  check({ index, report }) {
    const subnetsOf = new Map<string, string[]>()
    for (const s of index.all('subnet')) if (s.networkAcl) pushTo(subnetsOf, s.networkAcl, s.id)
    for (const nacl of index.all('networkAcl')) {
      const subnets = subnetsOf.get(nacl.id) ?? []
      if (nacl.default || subnets.length === 0) continue
      const names = subnets.slice(0, 3).map((id) => index.get(id)?.name ?? id).join(', ') + (subnets.length > 3 ? ` and ${subnets.length - 3} more` : '')
      if (nacl.ingress.length === 0 && nacl.egress.length === 0) {
        report({ messageId: 'denyAll', target: nacl.id, related: subnets.slice(0, 10), data: { nacl: nacl.name, subnets: names } })
        continue
      }
      const servicePorts = nacl.ingress.filter((r) => r.action === 'allow' && r.protocol === 'tcp' && r.fromPort !== undefined && (r.toPort ?? r.fromPort) < 1024)
      if (servicePorts.length === 0 || allowsEphemeral(nacl.egress)) continue
      const ports = [...new Set(servicePorts.map((r) => (r.fromPort === r.toPort || r.toPort === undefined ? `${r.fromPort}` : `${r.fromPort}–${r.toPort}`)))].join(', ')
      report({ messageId: 'noEphemeralReturn', target: nacl.id, related: subnets.slice(0, 10), field: 'egress', data: { nacl: nacl.name, ports }, fix: 'Add an outbound allow rule for TCP 1024–65535 to the clients.' })
    }
  },
})
