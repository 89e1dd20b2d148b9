import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-cidr-overlap'

ruleTester(rule, {
  valid: [
    {
      name: 'secondary block beside, not over, the peer',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.5.0.0/16'] }).vpc('b', '10.1.0.0/16').peering('pcx-ab', 'a', 'b').build(),
    },
    {
      name: 'overlapping VPCs that are not peered',
      project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.0.0.0/16').build(),
    },
  ],
  invalid: [
    {
      name: 'overlap through a secondary block only',
      project: design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.128.0/20'] }).vpc('b', '10.1.0.0/16').peering('pcx-ab', 'a', 'b').build(),
      errors: [{ messageId: 'overlap', target: 'pcx-ab', field: 'accepterVpc', related: ['a', 'b'], message: '10.1.128.0/20', hasFix: true }],
    },
    {
      name: 'overlapping IPv6 blocks',
      project: design()
        .vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
        .vpc('b', '10.1.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
        .peering('pcx-ab', 'a', 'b')
        .build(),
      errors: [{ messageId: 'overlap', target: 'pcx-ab', message: '2600:1f18:0:100::/56' }],
    },
  ],
})
