import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './dxgw-association-rules'

const dx = (id: string, associations: string[]) => ({ kind: 'dxGateway' as const, id, account: 'acct', associations })
const base = () => design().vpc('a', '10.0.0.0/16').vgw('vgw-a', 'a').tgw('tgw')

ruleTester(rule, {
  valid: [{ name: 'one DX gateway per kind', project: base().add(dx('dx1', ['vgw-a'])).add(dx('dx2', ['tgw'])).build() }],
  invalid: [
    { name: 'TGW and VGW on one DX gateway', project: base().add(dx('dx1', ['tgw', 'vgw-a'])).build(), errors: [{ messageId: 'mixed', target: 'dx1', field: 'associations[1]', related: ['vgw-a', 'tgw'], hasFix: true }] },
    { name: 'a VGW on two DX gateways', project: base().add(dx('dx1', ['vgw-a'])).add(dx('dx2', ['vgw-a'])).build(), errors: [{ messageId: 'vgwTwice', target: 'dx2', related: ['dx1'] }] },
    { name: 'a detached VGW', project: base().vgw('vgw-x', undefined).add(dx('dx1', ['vgw-x'])).build(), errors: [{ messageId: 'detached', target: 'dx1' }] },
  ],
})
