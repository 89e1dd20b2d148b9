import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-routes-both-sides'

const pair = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx-ab', 'a', 'b')
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .subnet('b-1', 'b', '10.1.1.0/24', { routeTable: 'rt-b' })
    .subnet('b-pub', 'b', '10.1.0.0/24', { routeTable: 'rt-b-pub' })
    .routeTable('rt-b-pub', 'b', [])
    .routeTable('rt-a', 'a', [{ destination: '10.1.0.0/16', target: 'pcx-ab' }])

ruleTester(rule, {
  valid: [
    { name: "B's private table returns to the source subnet; its public table need not", project: pair().routeTable('rt-b', 'b', [{ destination: '10.0.1.0/24', target: 'pcx-ab' }]).build() },
    { name: 'no subnet uses the route', project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').peering('pcx-ab', 'a', 'b').routeTable('rt-a', 'a', [{ destination: '10.1.0.0/16', target: 'pcx-ab' }]).build() },
  ],
  invalid: [
    {
      name: 'no table of B routes back',
      project: pair().routeTable('rt-b', 'b', []).build(),
      errors: [{ messageId: 'noReturn', target: 'rt-a', field: 'routes[0].destination', related: ['pcx-ab', 'b', 'a-1'], message: 'subnet a-1 (10.0.1.0/24)', hasFix: true }],
    },
    {
      name: 'the return route covers another subnet of A only',
      project: pair().subnet('a-2', 'a', '10.0.2.0/24', { routeTable: 'rt-a' }).routeTable('rt-b', 'b', [{ destination: '10.0.1.0/24', target: 'pcx-ab' }]).build(),
      errors: [{ messageId: 'noReturn', target: 'rt-a', message: 'a-2' }],
    },
  ],
})
