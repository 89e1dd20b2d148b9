import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-prefix-list'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vgw('vgw', 'a')
    .subnet('fw-s', 'a', '10.0.9.0/24')
    .workload('fw', 'fw-s', { sourceDestCheck: false })

ruleTester(rule, {
  valid: [
    {
      name: 'two disjoint lists to different targets, and overlapping lists to the same target',
      project: base()
        .add({ kind: 'prefixList', id: 'pl1', region: 'eu-west-1', entries: ['192.168.0.0/24'] })
        .add({ kind: 'prefixList', id: 'pl2', region: 'eu-west-1', entries: ['192.168.1.0/24'] })
        .add({ kind: 'prefixList', id: 'pl3', region: 'eu-west-1', entries: ['192.168.0.0/25'] })
        .routeTable('rt', 'a', [{ destinationPrefixList: 'pl1', target: 'vgw' }, { destinationPrefixList: 'pl2', target: 'fw' }, { destinationPrefixList: 'pl3', target: 'vgw' }])
        .build(),
    },
  ],
  invalid: [
    {
      name: 'overlapping lists to different targets',
      project: base()
        .add({ kind: 'prefixList', id: 'pl1', region: 'eu-west-1', entries: ['192.168.0.0/16'] })
        .add({ kind: 'prefixList', id: 'pl2', region: 'eu-west-1', entries: ['172.16.0.0/12', '192.168.4.0/24'] })
        .routeTable('rt', 'a', [{ destinationPrefixList: 'pl1', target: 'vgw' }, { destinationPrefixList: 'pl2', target: 'fw' }])
        .build(),
      errors: [{ messageId: 'ambiguous', target: 'rt', field: 'routes[1].destinationPrefixList', related: ['pl1', 'pl2'], message: '192.168.4.0/24' }],
    },
    {
      name: 'a list whose max entries push the table over 50 routes',
      project: base().add({ kind: 'prefixList', id: 'big', region: 'eu-west-1', maxEntries: 45, entries: ['192.168.0.0/24'] })
        .routeTable('rt', 'a', [{ destinationPrefixList: 'big', target: 'vgw' }, ...Array.from({ length: 6 }, (_, i) => ({ destination: `172.16.${i}.0/24`, target: 'fw' }))])
        .build(),
      errors: [{ messageId: 'quota', target: 'rt', field: 'routes', message: '6 IPv4 CIDR routes plus prefix lists counting 45' }],
    },
    {
      name: 'a prefix list of another Region',
      project: base().add({ kind: 'prefixList', id: 'pl', region: 'us-east-1', entries: ['192.168.0.0/24'] }).routeTable('rt', 'a', [{ destinationPrefixList: 'pl', target: 'vgw' }]).build(),
      errors: [{ messageId: 'otherRegion', target: 'rt', severity: 'error' }],
    },
  ],
})
