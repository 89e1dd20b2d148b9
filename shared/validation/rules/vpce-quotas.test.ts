import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './vpce-quotas'

function endpoints(interfaces: number, gateways: number) {
  const d = design().vpc('a', '10.0.0.0/16')
  for (let i = 0; i < interfaces; i++) d.add({ kind: 'interfaceEndpoint', id: `if-${i}`, vpc: 'a', service: `com.amazonaws.eu-west-1.svc${i}` })
  for (let i = 0; i < gateways; i++) d.add({ kind: 'gatewayEndpoint', id: `gw-${i}`, vpc: 'a', service: 's3' })
  return d.build()
}

ruleTester(rule, {
  valid: [{ name: '50 interface and 20 gateway endpoints', project: endpoints(50, 20) }],
  invalid: [
    { name: '51 interface endpoints', project: endpoints(51, 0), errors: [{ messageId: 'interfacePerVpc', target: 'a', message: '51' }] },
    { name: '21 gateway endpoints in one Region', project: endpoints(0, 21), errors: [{ messageId: 'gatewayPerRegion', target: 'gw-20', message: '21' }] },
  ],
})
