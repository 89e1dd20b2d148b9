import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-mtu'

const pair = (regionB: string, mtu: string) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16', { region: regionB })
    .peering('pcx-ab', 'a', 'b')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .routeTable('rt-a', 'a', [{ destination: '10.1.0.0/16', target: 'pcx-ab' }])
    .workload('app', 'a-1', { tags: { mtu } })
    .build()

ruleTester(rule, {
  valid: [
    { name: 'jumbo frames over same-Region peering', project: pair('eu-west-1', '9001') },
    { name: '8500 over inter-Region peering', project: pair('us-east-1', '8500') },
  ],
  invalid: [
    {
      name: 'jumbo frames over inter-Region peering',
      project: pair('us-east-1', '9001'),
      errors: [{ messageId: 'tooLarge', target: 'app', field: 'tags.mtu', related: ['pcx-ab'], message: '8500', hasFix: true }],
    },
  ],
})
