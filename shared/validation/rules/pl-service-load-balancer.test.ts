import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './pl-service-load-balancer'

const base = (type: 'network' | 'gateway' | 'application', endpointType: 'interface' | 'gatewayLoadBalancer' = 'interface') =>
  design()
    .vpc('prov', '10.0.0.0/16')
    .subnet('p-1', 'prov', '10.0.1.0/24')
    .add({ kind: 'loadBalancer', id: 'lb', vpc: 'prov', type, subnets: ['p-1'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['lb'] })
    .vpc('cons', '10.1.0.0/16')
    .subnet('c-1', 'cons', '10.1.1.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'cons', endpointType, endpointService: 'svc', subnets: ['c-1'] })
    .build()

ruleTester(rule, {
  valid: [
    { name: 'NLB service, interface endpoint', project: base('network') },
    { name: 'GWLB service, GWLB endpoint', project: base('gateway', 'gatewayLoadBalancer') },
  ],
  invalid: [
    { name: 'ALB behind the service', project: base('application'), errors: [{ messageId: 'alb', target: 'svc', field: 'loadBalancers[0]', related: ['lb'], hasFix: true }] },
    { name: 'interface endpoint to a GWLB service', project: base('gateway'), errors: [{ messageId: 'consumerType', target: 'vpce', field: 'endpointType' }] },
  ],
})
