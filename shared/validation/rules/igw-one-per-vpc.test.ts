import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './igw-one-per-vpc'

ruleTester(rule, {
  valid: [{ name: 'one gateway in each of two VPCs', project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').igw('igw-a', 'a').igw('igw-b', 'b').build() }],
  invalid: [
    {
      name: 'two gateways on one VPC',
      project: design().vpc('a', '10.0.0.0/16').igw('igw-1', 'a').igw('igw-2', 'a').build(),
      errors: [{ messageId: 'second', target: 'igw-2', field: 'vpc', related: ['a', 'igw-1'], hasFix: true }],
    },
    {
      name: 'six gateways in one Region',
      project: (() => {
        const d = design()
        for (let i = 0; i < 6; i++) d.vpc(`v${i}`, `10.${i}.0.0/16`).igw(`igw-${i}`, `v${i}`)
        return d.build()
      })(),
      errors: [{ messageId: 'quota', target: 'acct', severity: 'warning' }],
    },
  ],
})
