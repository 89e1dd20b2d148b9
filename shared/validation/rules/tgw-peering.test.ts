import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-peering'

/** TGW1 (eu-west-1) with VPC a, TGW2 (us-east-1) with VPC b, peered by `peer`. */
const base = (tgw2Routes: { destination: string; target: string }[], tgw1Propagations: string[] = []) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24')
    .vpc('b', '10.50.0.0/16', { region: 'us-east-1' })
    .subnet('b-1', 'b', '10.50.1.0/24')
    .tgw('tgw1')
    .tgw('tgw2', { region: 'us-east-1' })
    .tgwAttachment('att-a', 'tgw1', 'a', ['a-1'])
    .tgwAttachment('att-b', 'tgw2', 'b', ['b-1'])
    .add({ kind: 'tgwPeeringAttachment', id: 'peer', transitGateway: 'tgw1', peerTransitGateway: 'tgw2' })
    .add({ kind: 'tgwRouteTable', id: 'rt1', transitGateway: 'tgw1', associations: ['att-a', 'peer'], propagations: ['att-a', ...tgw1Propagations], routes: [{ destination: '10.50.0.0/16', target: 'peer' }] })
    .add({ kind: 'tgwRouteTable', id: 'rt2', transitGateway: 'tgw2', associations: ['att-b', 'peer'], propagations: ['att-b'], routes: tgw2Routes })

ruleTester(rule, {
  valid: [{ name: 'static routes on both sides', project: base([{ destination: '10.0.0.0/16', target: 'peer' }]).build() }],
  invalid: [
    {
      name: 'only one side has a static route',
      project: base([]).build(),
      errors: [{ messageId: 'noReturn', target: 'rt2', field: 'routes', related: ['peer', 'rt1', 'a'], message: '10.0.0.0/16', hasFix: true }],
    },
    {
      name: 'relying on propagation from the peering attachment',
      project: base([{ destination: '10.0.0.0/16', target: 'peer' }], ['peer']).build(),
      errors: [{ messageId: 'propagated', target: 'rt1', field: 'propagations[1]' }],
    },
    {
      name: 'a second peering attachment between the same TGWs',
      project: base([{ destination: '10.0.0.0/16', target: 'peer' }]).add({ kind: 'tgwPeeringAttachment', id: 'peer2', transitGateway: 'tgw2', peerTransitGateway: 'tgw1' }).build(),
      errors: [{ messageId: 'duplicate', target: 'peer2', related: ['peer'] }],
    },
  ],
})
