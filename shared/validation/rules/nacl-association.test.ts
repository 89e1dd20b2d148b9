import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './nacl-association'

const base = () => design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').add({ kind: 'networkAcl', id: 'nacl-a', vpc: 'a', default: true }).add({ kind: 'networkAcl', id: 'nacl-b', vpc: 'b' })

ruleTester(rule, {
  valid: [{ name: 'subnet with a NACL of its VPC', project: base().subnet('a-1', 'a', '10.0.1.0/24', { networkAcl: 'nacl-a' }).build() }],
  invalid: [
    { name: "a NACL of another VPC", project: base().subnet('a-1', 'a', '10.0.1.0/24', { networkAcl: 'nacl-b' }).build(), errors: [{ messageId: 'otherVpc', target: 'a-1', field: 'networkAcl', related: ['nacl-b'], hasFix: true }] },
    { name: 'two default NACLs', project: base().add({ kind: 'networkAcl', id: 'nacl-a2', vpc: 'a', default: true }).build(), errors: [{ messageId: 'twoDefaults', target: 'nacl-a2', field: 'default' }] },
  ],
})
