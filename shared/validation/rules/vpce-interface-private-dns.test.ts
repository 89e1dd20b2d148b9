import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-interface-private-dns'

const base = (hostnames: boolean) =>
  design()
    .vpc('a', '10.0.0.0/16', { enableDnsHostnames: hostnames })
    .subnet('a-1', 'a', '10.0.1.0/24')
    .add({ kind: 'interfaceEndpoint', id: 'vpce', vpc: 'a', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['a-1'], privateDns: true })

ruleTester(rule, {
  valid: [{ name: 'both DNS settings on, only local clients', project: base(true).build() }],
  invalid: [
    { name: 'DNS hostnames off (the default)', project: base(false).build(), errors: [{ messageId: 'vpcDns', target: 'vpce', field: 'privateDns', message: 'enableDnsHostnames', hasFix: true }] },
    { name: 'peered VPC clients', project: base(true).vpc('b', '10.1.0.0/16').peering('pcx', 'a', 'b').build(), errors: [{ messageId: 'remoteClients', target: 'vpce', severity: 'warning', message: 'peering' }] },
  ],
})
