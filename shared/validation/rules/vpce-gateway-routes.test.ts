import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-gateway-routes'

const base = (routes: { destinationPrefixList: string; target: string }[] = []) =>
  design()
    .vpc('a', '10.0.0.0/16')
    .add({ kind: 'prefixList', id: 'pl-s3', region: 'eu-west-1', awsService: 's3' })
    .igw('igw', 'a')
    .routeTable('rt', 'a', routes)
    .add({ kind: 'gatewayEndpoint', id: 'vpce-s3', vpc: 'a', service: 's3', routeTables: ['rt'] })

ruleTester(rule, {
  valid: [{ name: 'the table is associated, no route by hand', project: base().build() }],
  invalid: [
    { name: 'route written by hand', project: base([{ destinationPrefixList: 'pl-s3', target: 'vpce-s3' }]).build(), errors: [{ messageId: 'manualRoute', target: 'rt', field: 'routes[0]', related: ['vpce-s3'], hasFix: true }] },
    { name: 'the S3 list also sent to the IGW', project: base([{ destinationPrefixList: 'pl-s3', target: 'igw' }]).build(), errors: [{ messageId: 'overridden', target: 'rt', severity: 'warning' }] },
    {
      name: 'two S3 endpoints on one table',
      project: base().add({ kind: 'gatewayEndpoint', id: 'vpce-s3-2', vpc: 'a', service: 's3', routeTables: ['rt'] }).build(),
      errors: [{ messageId: 'twoEndpoints', target: 'vpce-s3-2', field: 'routeTables[0]', related: ['vpce-s3'] }],
    },
  ],
})
