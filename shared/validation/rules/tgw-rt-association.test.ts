import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-rt-association'

const base = () => design().vpc('a', '10.0.0.0/16').subnet('a-1', 'a', '10.0.1.0/24').tgw('tgw').tgwAttachment('att', 'tgw', 'a', ['a-1'])
const table = (id: string, associations: string[], tgw = 'tgw') => ({ kind: 'tgwRouteTable' as const, id, transitGateway: tgw, associations })

ruleTester(rule, {
  valid: [
    { name: 'associated once', project: base().add(table('rt1', ['att'])).add(table('rt2', [])).build() },
    { name: 'unassociated but the TGW associates by default', project: design().vpc('a', '10.0.0.0/16').subnet('a-1', 'a', '10.0.1.0/24').tgw('tgw', { defaultRouteTableAssociation: true, defaultRouteTable: 'rt1' }).tgwAttachment('att', 'tgw', 'a', ['a-1']).add(table('rt1', [])).build() },
  ],
  invalid: [
    {
      name: 'associated with two tables',
      project: base().add(table('rt1', ['att'])).add(table('rt2', ['att'])).build(),
      errors: [{ messageId: 'twoTables', target: 'rt2', field: 'associations[0]', related: ['att', 'rt1'], hasFix: true }],
    },
    {
      name: 'not associated at all',
      project: base().add(table('rt1', [])).build(),
      errors: [{ messageId: 'unassociated', target: 'att', severity: 'warning' }],
    },
    {
      name: "associated with another TGW's table",
      project: base().tgw('tgw2').add(table('rt1', ['att'])).add(table('rt-x', ['att'], 'tgw2')).build(),
      errors: [{ messageId: 'foreign', target: 'rt-x', field: 'associations[0]' }],
    },
  ],
})
