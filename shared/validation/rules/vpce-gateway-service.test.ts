import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-gateway-service'

const base = (listRegion: string, awsService: 's3' | 'dynamodb') =>
  design()
    .vpc('a', '10.0.0.0/16')
    .add({ kind: 'prefixList', id: 'pl', region: listRegion, awsService })
    .add({ kind: 'gatewayEndpoint', id: 'vpce-s3', vpc: 'a', service: 's3' })
    .routeTable('rt', 'a', [{ destinationPrefixList: 'pl', target: 'vpce-s3' }])
    .build()

ruleTester(rule, {
  valid: [{ name: "the S3 list of the VPC's Region", project: base('eu-west-1', 's3') }],
  invalid: [
    { name: 'S3 list of another Region', project: base('us-east-1', 's3'), errors: [{ messageId: 'otherRegion', target: 'rt', field: 'routes[0].destinationPrefixList', related: ['vpce-s3', 'pl'], hasFix: true }] },
    { name: 'DynamoDB list to the S3 endpoint', project: base('eu-west-1', 'dynamodb'), errors: [{ messageId: 'wrongService', target: 'rt' }] },
  ],
})
