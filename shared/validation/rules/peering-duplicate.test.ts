import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-duplicate'

const vpcs = () => design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16')

ruleTester(rule, {
  valid: [{ name: 'a–b and b–c, each pair once', project: vpcs().peering('pcx-ab', 'a', 'b').peering('pcx-bc', 'b', 'c').build() }],
  invalid: [
    {
      name: 'a–b requested from both sides',
      project: vpcs().peering('pcx-ab', 'a', 'b').peering('pcx-ba', 'b', 'a').build(),
      errors: [{ messageId: 'duplicate', target: 'pcx-ba', related: ['pcx-ab'], hasFix: true }],
    },
    { name: 'a VPC peered with itself', project: vpcs().peering('pcx-aa', 'a', 'a').build(), errors: [{ messageId: 'self', target: 'pcx-aa' }] },
  ],
})
