import { ruleTester } from '../rule-tester'
import type { NetworkAclRule } from '../../model/kinds'
import { design } from '../test-helpers/design'
import rule from './nacl-semantics'

const https: NetworkAclRule = { ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }
const ephemeral: NetworkAclRule = { ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '0.0.0.0/0' }
const base = (ingress: NetworkAclRule[], egress: NetworkAclRule[]) =>
  design().vpc('a', '10.0.0.0/16').subnet('a-1', 'a', '10.0.1.0/24', { networkAcl: 'nacl' }).add({ kind: 'networkAcl', id: 'nacl', vpc: 'a', ingress, egress }).build()

ruleTester(rule, {
  valid: [{ name: 'HTTPS in, ephemeral ports out', project: base([https], [ephemeral]) }],
  invalid: [
    { name: 'HTTPS in, nothing out', project: base([https], [{ ...https, ruleNumber: 110 }]), errors: [{ messageId: 'noEphemeralReturn', target: 'nacl', field: 'egress', severity: 'info', message: '443', hasFix: true }] },
    { name: 'a custom NACL with no rules', project: base([], []), errors: [{ messageId: 'denyAll', target: 'nacl', related: ['a-1'] }] },
  ],
})
