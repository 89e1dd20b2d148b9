import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-cidr-secondary-range'

ruleTester(rule, {
  valid: [
    { name: '10/8 primary with shared-space and other 10/8 secondaries', project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['100.64.0.0/16', '10.20.0.0/16'] }).build() },
    { name: '172.16/12 primary with another 172.16/12 block outside 172.31/16', project: design().vpc('a', '172.16.0.0/16', { secondaryCidrs: ['172.30.0.0/16'] }).build() },
  ],
  invalid: [
    {
      name: '10/8 primary with a 192.168/16 secondary',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['192.168.0.0/16'] }).build(),
      errors: [{ messageId: 'forbidden', target: 'a', field: 'secondaryCidrs[0]', message: '192.168.0.0/16', hasFix: true }],
    },
    {
      name: '172.16/16 primary with a 172.31/16 secondary',
      project: design().vpc('a', '172.16.0.0/16', { secondaryCidrs: ['172.31.0.0/16'] }).build(),
      errors: [{ messageId: 'forbidden', target: 'a', message: '172.31.0.0/16' }],
    },
    {
      name: 'public primary with an RFC 1918 secondary',
      project: design().vpc('a', '52.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16'] }).build(),
      errors: [{ messageId: 'forbidden', target: 'a', message: '10.0.0.0/8' }],
    },
    {
      name: 'a block in 10.0.0.0/15 forbids secondaries in 10.0.0.0/16',
      project: design().vpc('a', '10.1.0.0/16', { secondaryCidrs: ['10.0.4.0/24'] }).build(),
      errors: [{ messageId: 'tenZero', target: 'a', field: 'secondaryCidrs[0]', message: '10.1.0.0/16' }],
    },
  ],
})
