import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-ipv4-size'

ruleTester(rule, {
  valid: [
    { name: 'a /16 primary and a /28 secondary are the bounds', project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/28'] }).build() },
  ],
  invalid: [
    {
      name: 'a /15 primary',
      project: design().vpc('a', '10.0.0.0/15').build(),
      errors: [{ messageId: 'tooLarge', target: 'a', field: 'cidr', message: '10.0.0.0/15', hasFix: true }],
    },
    {
      name: 'a /29 secondary',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/24', '10.2.0.0/29'] }).build(),
      errors: [{ messageId: 'tooSmall', target: 'a', field: 'secondaryCidrs[1]' }],
    },
  ],
})
