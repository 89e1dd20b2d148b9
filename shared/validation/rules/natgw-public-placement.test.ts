import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-public-placement'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .igw('igw', 'a')
    .subnet('pub', 'a', '10.0.0.0/24', { routeTable: 'rt-pub' })
    .subnet('priv', 'a', '10.0.1.0/24', { routeTable: 'rt-priv' })
    .routeTable('rt-priv', 'a', [{ destination: '0.0.0.0/0', target: 'nat' }])

ruleTester(rule, {
  valid: [
    { name: 'NAT gateway with an Elastic IP in a subnet routed to the IGW', project: base().nat('nat', 'pub').routeTable('rt-pub', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }]).build() },
    {
      name: 'NAT subnet → firewall endpoint → internet gateway (inspection pattern)',
      project: base()
        .subnet('fw-s', 'a', '10.0.9.0/24', { routeTable: 'rt-fw' })
        .workload('fw', 'fw-s', { sourceDestCheck: false })
        .nat('nat', 'pub')
        .routeTable('rt-pub', 'a', [{ destination: '0.0.0.0/0', target: 'fw' }])
        .routeTable('rt-fw', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }])
        .build(),
    },
    { name: 'a private NAT gateway needs neither', project: base().nat('nat', 'priv', { connectivity: 'private', elasticIps: 0 }).routeTable('rt-pub', 'a').build() },
  ],
  invalid: [
    {
      name: "NAT gateway in a subnet whose table sends 0.0.0.0/0 to the NAT itself",
      project: base().nat('nat', 'priv').routeTable('rt-pub', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }]).build(),
      errors: [{ messageId: 'loop', target: 'nat', field: 'subnet', related: ['priv', 'rt-priv', 'igw'], hasFix: true }],
    },
    {
      name: 'no Elastic IP and no internet gateway',
      project: design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.0.0/24').nat('nat', 's', { elasticIps: 0 }).build(),
      errors: [
        { messageId: 'noIgw', target: 'nat', related: ['a'] },
        { messageId: 'noEip', target: 'nat', field: 'elasticIps' },
      ],
    },
  ],
})
