import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-self-overlap'

ruleTester(rule, {
  valid: [
    { name: 'adjacent blocks touch but do not overlap', project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16', '10.2.0.0/24'] }).build() },
  ],
  invalid: [
    {
      name: 'a secondary block inside the primary, and a duplicate secondary',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.0.128.0/17', '10.5.0.0/16', '10.5.0.0/16'] }).build(),
      errors: [
        { messageId: 'overlap', target: 'a', field: 'secondaryCidrs[0]', message: '10.0.0.0/16' },
        { messageId: 'overlap', target: 'a', field: 'secondaryCidrs[2]', message: '10.5.0.0/16' },
      ],
    },
  ],
})
