import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './dxgw-vpc-overlap'

const base = (cidrB: string) =>
  design().vpc('a', '10.0.0.0/16').vpc('b', cidrB).vgw('vgw-a', 'a').vgw('vgw-b', 'b').add({ kind: 'dxGateway', id: 'dx', account: 'acct', associations: ['vgw-a', 'vgw-b'] }).build()

ruleTester(rule, {
  valid: [{ name: 'disjoint VPCs', project: base('10.1.0.0/16') }],
  invalid: [{ name: 'b inside a', project: base('10.0.128.0/20'), errors: [{ messageId: 'overlap', target: 'dx', field: 'associations[1]', related: ['vgw-b', 'b', 'a'], hasFix: true }] }],
})
