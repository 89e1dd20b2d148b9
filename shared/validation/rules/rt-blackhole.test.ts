import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-blackhole'

const base = (status: 'active' | 'pending-acceptance', vgwVpc: string | undefined) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx', 'a', 'b', { status })
    .vgw('vgw', vgwVpc)
    .routeTable('rt', 'a', [{ destination: '10.1.0.0/16', target: 'pcx' }, { destination: '192.168.0.0/16', target: 'vgw' }])

ruleTester(rule, {
  valid: [{ name: 'an active peering and an attached VGW', project: base('active', 'a').build() }],
  invalid: [
    {
      name: 'a pending peering and a detached VGW',
      project: base('pending-acceptance', undefined).build(),
      errors: [
        { messageId: 'pendingPeering', target: 'rt', field: 'routes[0].target', related: ['pcx'], severity: 'warning', hasFix: true },
        { messageId: 'detachedVgw', target: 'rt', field: 'routes[1].target', related: ['vgw'] },
      ],
    },
  ],
})
