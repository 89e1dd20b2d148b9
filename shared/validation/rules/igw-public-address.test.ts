import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './igw-public-address'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .igw('igw', 'a')
    .subnet('pub', 'a', '10.0.0.0/24', { routeTable: 'rt-pub' })
    .subnet('priv', 'a', '10.0.1.0/24', { routeTable: 'rt-priv' })
    .nat('nat', 'pub')
    .routeTable('rt-pub', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }])
    .routeTable('rt-priv', 'a', [{ destination: '0.0.0.0/0', target: 'nat' }])

ruleTester(rule, {
  valid: [
    {
      name: 'a public web server with a public IP, a private app server behind NAT',
      project: base().workload('web', 'pub', { publicIp: true }).workload('app', 'priv').build(),
    },
    {
      name: 'a public IP whose subnet routes through a firewall to the internet gateway',
      project: base()
        .subnet('fw-s', 'a', '10.0.9.0/24', { routeTable: 'rt-pub' })
        .workload('fw', 'fw-s', { sourceDestCheck: false, publicIp: true })
        .subnet('app-s', 'a', '10.0.2.0/24', { routeTable: 'rt-app' })
        .routeTable('rt-app', 'a', [{ destination: '0.0.0.0/0', target: 'fw' }])
        .workload('app', 'app-s', { publicIp: true })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'a public IP behind a firewall whose subnet routes to a NAT gateway, not the internet gateway',
      project: base()
        .subnet('fw-s', 'a', '10.0.9.0/24', { routeTable: 'rt-fw' })
        .workload('fw', 'fw-s', { sourceDestCheck: false })
        .subnet('app-s', 'a', '10.0.2.0/24', { routeTable: 'rt-app' })
        .routeTable('rt-app', 'a', [{ destination: '0.0.0.0/0', target: 'fw' }])
        .routeTable('rt-fw', 'a', [{ destination: '0.0.0.0/0', target: 'nat' }])
        .workload('app', 'app-s', { publicIp: true })
        .build(),
      errors: [{ messageId: 'noRoute', target: 'app', message: 'it goes to nat' }],
    },
    { name: 'no public IP in a public subnet', project: base().workload('web', 'pub').build(), errors: [{ messageId: 'noPublicIp', target: 'web', field: 'publicIp', related: ['pub', 'rt-pub', 'igw'], hasFix: true }] },
    { name: 'a public IP in a private subnet', project: base().workload('app', 'priv', { publicIp: true }).build(), errors: [{ messageId: 'noRoute', target: 'app', message: 'it goes to nat' }] },
    {
      name: 'a public IP in a VPC without an internet gateway',
      project: design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.0.0/24', { mapPublicIpOnLaunch: true }).workload('w', 's').build(),
      errors: [{ messageId: 'noIgw', target: 'w', related: ['a'] }],
    },
  ],
})
