import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-overlapping-peers'

ruleTester(rule, {
  valid: [
    {
      name: 'hub peered with two disjoint spokes',
      project: design().vpc('hub', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.2.0.0/16').peering('p1', 'hub', 'b').peering('p2', 'hub', 'c').build(),
    },
  ],
  invalid: [
    {
      name: 'hub peered with two spokes sharing 10.1.0.0/16',
      project: design().vpc('hub', '10.0.0.0/16').vpc('b', '10.1.0.0/16').vpc('c', '10.1.0.0/16').peering('p1', 'hub', 'b').peering('p2', 'c', 'hub').build(),
      errors: [{ messageId: 'overlappingPeers', target: 'hub', related: ['b', 'c', 'p1', 'p2'], hasFix: true }],
    },
  ],
})
