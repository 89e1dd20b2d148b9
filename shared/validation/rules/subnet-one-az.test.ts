import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './subnet-one-az'

ruleTester(rule, {
  valid: [
    {
      name: 'the same AZ name maps to different ids in two accounts',
      project: design()
        .vpc('a', '10.0.0.0/16')
        .vpc('b', '10.1.0.0/16', { account: 'other' })
        .subnet('s1', 'a', '10.0.1.0/24', { az: 'eu-west-1a', azId: 'euw1-az1' })
        .subnet('s2', 'b', '10.1.1.0/24', { az: 'eu-west-1a', azId: 'euw1-az3' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'an AZ of another Region',
      project: design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.1.0/24', { az: 'us-east-1a' }).build(),
      errors: [{ messageId: 'otherRegion', target: 's', field: 'az', message: 'us-east-1' }],
    },
    {
      name: 'an AZ id of another Region',
      project: design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.1.0/24', { azId: 'use1-az1' }).build(),
      errors: [{ messageId: 'azIdRegion', target: 's', field: 'azId' }],
    },
    {
      name: 'one account maps one AZ name to two ids',
      project: design()
        .vpc('a', '10.0.0.0/16')
        .subnet('s1', 'a', '10.0.1.0/24', { azId: 'euw1-az1' })
        .subnet('s2', 'a', '10.0.2.0/24', { azId: 'euw1-az2' })
        .build(),
      errors: [{ messageId: 'azIdConflict', target: 's2', related: ['s1'] }],
    },
  ],
})
