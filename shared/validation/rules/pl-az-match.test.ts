import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './pl-az-match'

/** Provider NLB in use1-az3 (and optionally use1-az1); consumer endpoint in use1-az1 and use1-az2. */
const base = (providerIds: string[]) => {
  const d = design().account('prov-acct', '111111111111').account('cons-acct', '222222222222').vpc('prov', '10.0.0.0/16', { account: 'prov-acct', region: 'us-east-1' })
  providerIds.forEach((azId, i) => d.subnet(`p-${i}`, 'prov', `10.0.${i}.0/24`, { az: `us-east-1${'abc'[i]}`, azId }))
  return d
    .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'prov', subnets: providerIds.map((_, i) => `p-${i}`) })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['nlb'] })
    .vpc('cons', '10.1.0.0/16', { account: 'cons-acct', region: 'us-east-1' })
    .subnet('c-1', 'cons', '10.1.1.0/24', { az: 'us-east-1c', azId: 'use1-az1' })
    .subnet('c-2', 'cons', '10.1.2.0/24', { az: 'us-east-1a', azId: 'use1-az2' })
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'cons', endpointService: 'svc', subnets: ['c-1', 'c-2'] })
    .build()
}

ruleTester(rule, {
  valid: [{ name: 'two common AZ IDs (names differ per account)', project: base(['use1-az1', 'use1-az2']) }],
  invalid: [
    { name: 'provider only in use1-az3', project: base(['use1-az3']), errors: [{ messageId: 'noCommon', target: 'vpce', field: 'subnets', related: ['svc', 'nlb'], message: 'use1-az3', hasFix: true }] },
    { name: 'one common AZ', project: base(['use1-az3', 'use1-az1']), errors: [{ messageId: 'oneCommon', target: 'vpce', severity: 'warning', message: 'use1-az1' }] },
  ],
})
