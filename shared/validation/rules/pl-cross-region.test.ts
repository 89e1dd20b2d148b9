import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './pl-cross-region'

const base = (supportedRegions: string[]) =>
  design()
    .vpc('prov', '10.0.0.0/16', { region: 'us-east-1' })
    .subnet('p-1', 'prov', '10.0.1.0/24')
    .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'prov', subnets: ['p-1'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['nlb'], supportedRegions })
    .vpc('cons', '10.1.0.0/16')
    .subnet('c-1', 'cons', '10.1.1.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'cons', endpointService: 'svc', subnets: ['c-1'] })

ruleTester(rule, {
  valid: [
    { name: 'service enables the consumer Region', project: base(['eu-west-1']).build() },
    { name: 'S3 across Regions', project: base(['eu-west-1']).add({ kind: 'interfaceEndpoint', id: 'vpce-s3', vpc: 'cons', service: 'com.amazonaws.us-east-1.s3' }).build() },
  ],
  invalid: [
    { name: 'consumer Region not enabled', project: base([]).build(), errors: [{ messageId: 'serviceRegion', target: 'vpce', field: 'endpointService', related: ['svc'], hasFix: true }] },
    { name: 'SSM of another Region', project: base(['eu-west-1']).add({ kind: 'interfaceEndpoint', id: 'vpce-ssm', vpc: 'cons', service: 'com.amazonaws.us-east-1.ssm' }).build(), errors: [{ messageId: 'awsService', target: 'vpce-ssm', field: 'service' }] },
  ],
})
