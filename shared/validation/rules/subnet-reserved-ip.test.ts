import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './subnet-reserved-ip'

const base = () => design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.1.0/28')

ruleTester(rule, {
  valid: [
    {
      name: 'first and last usable addresses, and a /28 holding exactly 11',
      project: base().workload('w', 's', { instances: 10, privateIps: ['10.0.1.4', '10.0.1.14'] }).nat('n', 's', { privateIp: '10.0.1.5' }).build(),
    },
  ],
  invalid: [
    {
      name: 'the DNS address and the broadcast address',
      project: base().workload('w', 's', { privateIps: ['10.0.1.2', '10.0.1.15'] }).build(),
      errors: [
        { messageId: 'reserved', target: 'w', field: 'privateIps[0]', severity: 'error', message: 'Amazon DNS' },
        { messageId: 'reserved', target: 'w', field: 'privateIps[1]', message: 'broadcast' },
      ],
    },
    {
      name: 'an address outside the subnet',
      project: base().nat('n', 's', { privateIp: '10.0.2.9' }).build(),
      errors: [{ messageId: 'outside', target: 'n', field: 'privateIp' }],
    },
    {
      name: 'a /28 asked to hold 12 addresses',
      project: base().workload('w', 's', { instances: 11 }).nat('n', 's').build(),
      errors: [{ messageId: 'full', target: 's', severity: 'warning', related: ['w', 'n'], message: 'has 11 usable addresses but its resources take 12' }],
    },
  ],
})
