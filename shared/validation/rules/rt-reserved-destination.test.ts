import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-reserved-destination'

const base = (destination: string) => design().vpc('a', '10.0.0.0/16', { ipv6Cidrs: ['2600:1f18:0:100::/56'] }).igw('igw', 'a').routeTable('rt', 'a', [{ destination, target: 'igw' }]).build()

ruleTester(rule, {
  valid: [
    { name: 'a larger route that covers the reserved range is accepted', project: base('169.254.0.0/16') },
    { name: 'the default IPv6 route', project: base('::/0') },
  ],
  invalid: [
    { name: 'a route inside 169.254.168.0/22', project: base('169.254.169.0/24'), errors: [{ messageId: 'reserved', target: 'rt', field: 'routes[0].destination', message: '169.254.168.0/22' }] },
    { name: 'a route inside fd00:ec2::/32', project: base('fd00:ec2::/64'), errors: [{ messageId: 'reserved', target: 'rt', message: 'fd00:ec2::/32' }] },
  ],
})
