import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-gateway-not-transitive'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .vpc('b', '10.1.0.0/16')
    .peering('pcx-ab', 'a', 'b')
    .add({ kind: 'prefixList', id: 'pl-s3', region: 'eu-west-1', awsService: 's3' })
    .subnet('a-1', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
    .routeTable('rt-a', 'a', [])

ruleTester(rule, {
  valid: [{ name: "A's subnets use A's endpoint", project: base().add({ kind: 'gatewayEndpoint', id: 'vpce-a', vpc: 'a', service: 's3', routeTables: ['rt-a'] }).build() }],
  invalid: [
    {
      name: "B sends S3 traffic over pcx-ab to A's endpoint",
      project: base()
        .add({ kind: 'gatewayEndpoint', id: 'vpce-a', vpc: 'a', service: 's3', routeTables: ['rt-a'] })
        .routeTable('rt-b', 'b', [{ destinationPrefixList: 'pl-s3', target: 'pcx-ab' }])
        .build(),
      errors: [{ messageId: 'overPeering', target: 'rt-b', field: 'routes[0].destinationPrefixList', related: ['pcx-ab', 'pl-s3', 'a'], hasFix: true }],
    },
    {
      name: "A's endpoint associated with B's table",
      project: base().routeTable('rt-b', 'b', []).add({ kind: 'gatewayEndpoint', id: 'vpce-a', vpc: 'a', service: 's3', routeTables: ['rt-a', 'rt-b'] }).build(),
      errors: [{ messageId: 'otherVpcTable', target: 'vpce-a', field: 'routeTables[1]' }],
    },
  ],
})
