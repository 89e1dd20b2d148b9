import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-mtu'

const base = (mtu: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .routeTable('rt-a', 'a', [{ destination: '10.0.0.0/8', target: 'tgw' }])
    .tgw('tgw')
    .tgwAttachment('att-a', 'tgw', 'a', ['a-1'])
    .workload('app', 'a-1', { tags: { mtu } })
    .build()

ruleTester(rule, {
  valid: [{ name: '8500-byte frames through the TGW', project: base('8500') }],
  invalid: [{ name: 'jumbo frames (9001) through the TGW', project: base('9001'), errors: [{ messageId: 'tooLarge', target: 'app', field: 'tags.mtu', related: ['tgw'], message: '8500', hasFix: true }] }],
})
