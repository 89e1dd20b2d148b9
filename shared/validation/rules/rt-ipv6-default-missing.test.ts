import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-ipv6-default-missing'

const base = (ipv6Subnet: boolean) =>
  design()
    .vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] })
    .igw('igw', 'a')
    .subnet('pub', 'a', '10.0.0.0/24', { routeTable: 'rt', ...(ipv6Subnet ? { ipv6Cidr: '2600:1f18:0:100::/64' } : {}) })

ruleTester(rule, {
  valid: [
    { name: 'a dual-stack public subnet with both defaults', project: base(true).routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '::/0', target: 'igw' }]).build() },
    { name: 'an IPv4-only subnet needs no ::/0', project: base(false).routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }]).build() },
  ],
  invalid: [
    {
      name: 'a dual-stack public subnet with only 0.0.0.0/0',
      project: base(true).routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }]).build(),
      errors: [{ messageId: 'missing', target: 'rt', field: 'routes[0]', related: ['pub', 'igw'], message: 'no ::/0 route', hasFix: true }],
    },
  ],
})
