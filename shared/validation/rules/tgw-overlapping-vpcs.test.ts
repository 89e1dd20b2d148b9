import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-overlapping-vpcs'

const base = (cidrB: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .vpc('b', cidrB)
    .subnet('b-1', 'b', cidrB.replace(/\/\d+$/, '/24'))
    .tgw('tgw')
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw', 'b', ['b-1'])

ruleTester(rule, {
  valid: [
    { name: 'disjoint VPCs in one table', project: base('10.1.0.0/16').add({ kind: 'tgwRouteTable', id: 'rt', transitGateway: 'tgw', propagations: ['att-a', 'att-b'] }).build() },
    {
      name: 'identical VPCs propagating into separate tables',
      project: base('10.0.0.0/16')
        .add({ kind: 'tgwRouteTable', id: 'rt1', transitGateway: 'tgw', propagations: ['att-a'] })
        .add({ kind: 'tgwRouteTable', id: 'rt2', transitGateway: 'tgw', propagations: ['att-b'] })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'b (10.0.0.0/20) inside a (10.0.0.0/16) in one table',
      project: base('10.0.0.0/20').add({ kind: 'tgwRouteTable', id: 'rt', transitGateway: 'tgw', propagations: ['att-a', 'att-b'] }).build(),
      errors: [{ messageId: 'overlap', target: 'rt', field: 'propagations[1]', related: ['att-b', 'att-a'], hasFix: true }],
    },
  ],
})
