import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './pl-permissions-acceptance'

const base = (allowedPrincipals: string[], state: 'accepted' | 'pending-acceptance' = 'accepted') =>
  design()
    .account('prov-acct', '111111111111')
    .account('cons-acct', '222222222222')
    .vpc('prov', '10.0.0.0/16', { account: 'prov-acct' })
    .subnet('p-1', 'prov', '10.0.1.0/24')
    .add({ kind: 'loadBalancer', id: 'nlb', vpc: 'prov', subnets: ['p-1'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['nlb'], allowedPrincipals })
    .vpc('cons', '10.1.0.0/16', { account: 'cons-acct' })
    .subnet('c-1', 'cons', '10.1.1.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'cons', endpointService: 'svc', subnets: ['c-1'], state })
    .build()

ruleTester(rule, {
  valid: [{ name: "consumer's role allowed and accepted", project: base(['arn:aws:iam::222222222222:role/deployer']) }],
  invalid: [
    { name: 'consumer account not allowed', project: base(['arn:aws:iam::333333333333:root']), errors: [{ messageId: 'notAllowed', target: 'vpce', field: 'endpointService', related: ['svc'], hasFix: true }] },
    { name: 'still pending acceptance', project: base(['222222222222'], 'pending-acceptance'), errors: [{ messageId: 'pending', target: 'vpce', severity: 'warning' }] },
    { name: 'everyone allowed', project: base(['*']), errors: [{ messageId: 'anyone', target: 'svc', field: 'allowedPrincipals[0]', severity: 'warning' }] },
  ],
})
