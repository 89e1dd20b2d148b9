import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-static-route'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .vpc('b', '10.1.0.0/16')
    .subnet('b-1', 'b', '10.1.1.0/24')
    .tgw('tgw')
    .tgw('tgw2')
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw', 'b', ['b-1'])
    .tgwAttachment('att-other', 'tgw2', 'b', ['b-1'])
const table = (routes: { destination: string; target: string }[]) => ({ kind: 'tgwRouteTable' as const, id: 'rt', transitGateway: 'tgw', routes })

ruleTester(rule, {
  valid: [{ name: 'distinct prefixes, one blackhole', project: base().add(table([{ destination: '10.0.0.0/16', target: 'att-a' }, { destination: '10.1.0.0/16', target: 'blackhole' }])).build() }],
  invalid: [
    {
      name: "a route to another TGW's attachment",
      project: base().add(table([{ destination: '10.1.0.0/16', target: 'att-other' }])).build(),
      errors: [{ messageId: 'otherTgw', target: 'rt', field: 'routes[0].target', related: ['att-other'], hasFix: true }],
    },
    {
      name: 'the same route twice, then to a second attachment',
      project: base().add(table([{ destination: '10.0.0.0/16', target: 'att-a' }, { destination: '10.0.0.0/16', target: 'att-a' }, { destination: '10.0.0.0/16', target: 'att-b' }])).build(),
      errors: [
        { messageId: 'duplicate', target: 'rt', field: 'routes[1].target' },
        { messageId: 'sameToTwo', target: 'rt', field: 'routes[2].target', severity: 'warning' },
      ],
    },
  ],
})
