import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-gwlb-endpoint'

const base = () =>
  design()
    .vpc('sec', '10.9.0.0/16')
    .subnet('gwlb-a', 'sec', '10.9.1.0/24', { az: 'eu-west-1a', azId: 'euw1-az1' })
    .add({ kind: 'loadBalancer', id: 'gwlb', vpc: 'sec', type: 'gateway', subnets: ['gwlb-a'] })
    .add({ kind: 'endpointService', id: 'svc', loadBalancers: ['gwlb'] })
    .vpc('app', '10.0.0.0/16')
    .subnet('app-a', 'app', '10.0.1.0/24', { az: 'eu-west-1a', azId: 'euw1-az1' })
    .subnet('app-b', 'app', '10.0.2.0/24', { az: 'eu-west-1b', azId: 'euw1-az2' })
const gwlbe = (id: string, subnets: string[]) => ({ kind: 'interfaceEndpoint' as const, id, vpc: 'app', endpointType: 'gatewayLoadBalancer' as const, endpointService: 'svc', subnets })

ruleTester(rule, {
  valid: [{ name: 'one endpoint in the served AZ', project: base().add(gwlbe('gwlbe-a', ['app-a'])).build() }],
  invalid: [
    { name: 'two subnets', project: base().add(gwlbe('gwlbe', ['app-a', 'app-b'])).build(), errors: [{ messageId: 'oneSubnet', target: 'gwlbe', field: 'subnets', hasFix: true }] },
    { name: 'an AZ the GWLB does not serve', project: base().add(gwlbe('gwlbe-b', ['app-b'])).build(), errors: [{ messageId: 'azNotServed', target: 'gwlbe-b', field: 'subnets[0]', related: ['svc'] }] },
    { name: 'two endpoints in one AZ', project: base().add(gwlbe('e1', ['app-a'])).add(gwlbe('e2', ['app-a'])).build(), errors: [{ messageId: 'sameAz', target: 'e2', related: ['e1'] }] },
  ],
})
