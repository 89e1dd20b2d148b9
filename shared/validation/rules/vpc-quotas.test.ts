import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpc-quotas'

function vpcs(n: number, region = 'eu-west-1') {
  const d = design()
  for (let i = 0; i < n; i++) d.vpc(`v${i}`, `10.${i}.0.0/16`, { region })
  return d
}

ruleTester(rule, {
  valid: [
    { name: 'five VPCs and five IPv4 blocks are the default quotas', project: vpcs(5).vpc('x', '10.100.0.0/16', { region: 'eu-west-2', secondaryCidrs: ['10.101.0.0/16', '10.102.0.0/16', '10.103.0.0/16', '10.104.0.0/16'] }).build() },
  ],
  invalid: [
    {
      name: 'six VPCs in one Region of one account',
      project: vpcs(6).build(),
      errors: [{ messageId: 'vpcsPerRegion', target: 'acct', related: ['v0', 'v5'], severity: 'warning', message: '6 VPCs in eu-west-1' }],
    },
    {
      name: 'six IPv4 blocks in a VPC',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16', '10.4.0.0/16', '10.5.0.0/16'] }).build(),
      errors: [{ messageId: 'blocks', target: 'a', field: 'secondaryCidrs', severity: 'warning', message: '6 IPv4 blocks' }],
    },
    {
      name: 'more than 50 IPv4 blocks is a hard error',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: Array.from({ length: 50 }, (_, i) => `10.${i + 1}.0.0/16`) }).build(),
      errors: [{ messageId: 'blocksMax', target: 'a', severity: 'error' }],
    },
  ],
})
