import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './pl-overlap-allowed'

const base = (consumerCidr: string) =>
  design()
    .vpc('prov', '10.0.0.0/16')
    .subnet('p-1', 'prov', '10.0.1.0/24')
    .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'prov', subnets: ['p-1'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['nlb'] })
    .vpc('cons', consumerCidr)
    .subnet('c-1', 'cons', consumerCidr.replace(/\/\d+$/, '/24'))
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'cons', endpointService: 'svc', subnets: ['c-1'] })
    .build()

ruleTester(rule, {
  valid: [{ name: 'disjoint consumer and provider', project: base('10.1.0.0/16') }],
  invalid: [{ name: 'identical blocks, explained as info', project: base('10.0.0.0/16'), errors: [{ messageId: 'overlapOk', target: 'vpce', severity: 'info', related: ['svc', 'cons', 'prov'], message: '10.0.0.0/16 / 10.0.0.0/16' }] }],
})
