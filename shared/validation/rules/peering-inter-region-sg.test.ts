import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-inter-region-sg'

const pair = (regionB: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16', { region: regionB })
    .peering('pcx-ab', 'a', 'b')
    .add({ kind: 'securityGroup', id: 'sg-b', vpc: 'b' })
    .add({ kind: 'securityGroup', id: 'sg-a', vpc: 'a', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, securityGroup: 'sg-b' }] })

ruleTester(rule, {
  valid: [{ name: 'same-Region peer group referenced', project: pair('eu-west-1').build() }],
  invalid: [
    {
      name: 'inter-Region peer group referenced',
      project: pair('us-east-1').build(),
      errors: [{ messageId: 'interRegion', target: 'sg-a', field: 'ingress[0].securityGroup', related: ['sg-b', 'pcx-ab'], hasFix: true }],
    },
  ],
})
