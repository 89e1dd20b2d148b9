import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-link-local'

ruleTester(rule, {
  valid: [
    { name: 'a block just below 169.254.0.0/16', project: design().vpc('a', '169.253.0.0/16').build() },
  ],
  invalid: [
    {
      name: 'a secondary block inside 169.254.0.0/16',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['169.254.10.0/24'] }).build(),
      errors: [{ messageId: 'linkLocal', target: 'a', field: 'secondaryCidrs[0]', severity: 'error' }],
    },
    {
      name: 'a loopback block is a soft finding',
      project: design().vpc('a', '127.0.0.0/16').build(),
      errors: [{ messageId: 'special', target: 'a', field: 'cidr', severity: 'warning', message: 'loopback' }],
    },
  ],
})
