import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './sg-reference-scope'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .add({ kind: 'securityGroup', id: 'sg-b', vpc: 'b' })
    .add({ kind: 'securityGroup', id: 'sg-a', vpc: 'a', ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, securityGroup: 'sg-b' }] })

ruleTester(rule, {
  valid: [{ name: 'same-Region active peer', project: base().peering('pcx', 'a', 'b').build() }],
  invalid: [
    { name: 'no connection between the VPCs', project: base().build(), errors: [{ messageId: 'unrelated', target: 'sg-a', field: 'ingress[0].securityGroup', related: ['sg-b', 'b'], hasFix: true }] },
    { name: 'peering not accepted yet', project: base().peering('pcx', 'a', 'b', { status: 'pending-acceptance' }).build(), errors: [{ messageId: 'pendingPeering', target: 'sg-a', related: ['pcx'] }] },
  ],
})
