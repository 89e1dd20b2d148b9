import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vgw-one-per-vpc'

ruleTester(rule, {
  valid: [{ name: 'one VGW per VPC, a detached spare', project: design().vpc('a', '10.0.0.0/16').vgw('vgw-a', 'a').vgw('vgw-spare', undefined).build() }],
  invalid: [{ name: 'two VGWs on one VPC', project: design().vpc('a', '10.0.0.0/16').vgw('vgw-1', 'a').vgw('vgw-2', 'a').build(), errors: [{ messageId: 'second', target: 'vgw-2', field: 'vpc', related: ['vgw-1', 'a'], hasFix: true }] }],
})
