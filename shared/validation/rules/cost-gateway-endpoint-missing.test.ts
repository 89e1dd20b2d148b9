import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './cost-gateway-endpoint-missing'

const base = () =>
  design()
    .vpc('a', '10.0.0.0/16')
    .subnet('pub', 'a', '10.0.0.0/24')
    .subnet('priv', 'a', '10.0.1.0/24', { routeTable: 'rt-priv' })
    .nat('nat', 'pub')
    .routeTable('rt-priv', 'a', [{ destination: '0.0.0.0/0', target: 'nat' }])

ruleTester(rule, {
  valid: [
    {
      name: 'both gateway endpoints on the private table',
      project: base()
        .add({ kind: 'gatewayEndpoint', id: 'vpce-s3', vpc: 'a', service: 's3', routeTables: ['rt-priv'] })
        .add({ kind: 'gatewayEndpoint', id: 'vpce-ddb', vpc: 'a', service: 'dynamodb', routeTables: ['rt-priv'] })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'only the S3 endpoint',
      project: base().add({ kind: 'gatewayEndpoint', id: 'vpce-s3', vpc: 'a', service: 's3', routeTables: ['rt-priv'] }).build(),
      errors: [{ messageId: 'missing', target: 'a', severity: 'info', related: ['rt-priv', 'nat'], message: 'route tables rt-priv send 0.0.0.0/0 to a NAT gateway but have no DynamoDB gateway endpoint', hasFix: true }],
    },
    {
      name: 'no gateway endpoint at all',
      project: base().build(),
      errors: [{ messageId: 'missing', target: 'a', message: 'no S3 and DynamoDB gateway endpoint' }],
    },
  ],
})
