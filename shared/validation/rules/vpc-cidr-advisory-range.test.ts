import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-advisory-range'

ruleTester(rule, {
  valid: [
    { name: '172.18.0.0/16 sits next to the Docker range', project: design().vpc('a', '172.18.0.0/16', { secondaryCidrs: ['10.9.0.0/16'] }).build() },
  ],
  invalid: [
    { name: 'the Docker bridge range', project: design().vpc('a', '172.17.0.0/16').build(), errors: [{ messageId: 'docker', target: 'a', field: 'cidr', hasFix: true }] },
    {
      name: 'shared address space and a public secondary block',
      project: design().vpc('a', '100.64.0.0/16', { secondaryCidrs: ['8.8.0.0/16'] }).build(),
      errors: [
        { messageId: 'sharedSpace', target: 'a', field: 'cidr' },
        { messageId: 'publicRange', target: 'a', field: 'secondaryCidrs[0]' },
      ],
    },
    { name: 'a block containing 172.17.0.0/16', project: design().vpc('a', '172.16.0.0/12').build(), errors: [{ messageId: 'docker', target: 'a' }] },
  ],
})
