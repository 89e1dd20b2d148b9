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
      errors: [{ messageId: 'overlap', target: 'pcx-ab', field: 'accepterVpc', related: ['a', 'b'], message: '10.1.128.0/20', fix: 'remove block 10.1.128.0/20 from a' }],
    },
    {
      name: "the requester's primary block over the accepter's secondary: only the secondary can go",
      project: design().vpc('a', '10.20.0.0/16').vpc('b', '10.30.0.0/16', { secondaryCidrs: ['10.20.128.0/20'] }).peering('pcx-ab', 'a', 'b').build(),
      errors: [{ messageId: 'overlap', target: 'pcx-ab', message: 'block 10.20.0.0/16 overlaps VPC b (10.30.0.0/16) block 10.20.128.0/20', fix: 'Renumber one VPC (or remove block 10.20.128.0/20 from b) so' }],
    },
    {
      name: 'two primary blocks: renumbering is the only way (a primary block cannot be removed)',
      project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.0.0.0/20').peering('pcx-ab', 'a', 'b').build(),
      errors: [{ messageId: 'overlap', target: 'pcx-ab', fix: /^Renumber one VPC so no block of a overlaps b;/ }],
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
