import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './subnet-in-vpc-cidr'

const vpc = () => design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16'], ipv6Cidrs: ['2600:1f18:0:100::/56'] })

ruleTester(rule, {
  valid: [
    {
      name: 'subnets filling a whole block and inside the secondary block',
      project: vpc().subnet('s1', 'a', '10.0.0.0/16').subnet('s2', 'a', '10.1.255.240/28', { ipv6Cidr: '2600:1f18:0:1ff::/64' }).build(),
    },
  ],
  invalid: [
    {
      name: 'a subnet outside the VPC',
      project: vpc().subnet('s', 'a', '10.2.0.0/24').build(),
      errors: [{ messageId: 'outside', target: 's', field: 'cidr', related: ['a'], hasFix: true }],
    },
    {
      name: 'a subnet straddling the primary and secondary blocks',
      project: vpc().subnet('s', 'a', '10.0.0.0/15').build(),
      errors: [{ messageId: 'straddles', target: 's', field: 'cidr' }],
    },
    {
      name: 'an IPv6 subnet outside the VPC IPv6 block',
      project: vpc().subnet('s', 'a', '10.0.1.0/24', { ipv6Cidr: '2600:1f18:0:200::/64' }).build(),
      errors: [{ messageId: 'outsideV6', target: 's', field: 'ipv6Cidr' }],
    },
  ],
})
