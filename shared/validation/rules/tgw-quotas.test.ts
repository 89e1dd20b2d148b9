import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-quotas'

function tgws(n: number, tablesOnFirst = 0) {
  const d = design()
  for (let i = 0; i < n; i++) d.tgw(`tgw${i}`)
  for (let i = 0; i < tablesOnFirst; i++) d.add({ kind: 'tgwRouteTable', id: `rt${i}`, transitGateway: 'tgw0' })
  return d.build()
}

ruleTester(rule, {
  valid: [{ name: '5 TGWs, 20 route tables', project: tgws(5, 20) }],
  invalid: [
    { name: '6 TGWs in one Region', project: tgws(6), errors: [{ messageId: 'tgwsPerRegion', target: 'tgw5', message: '6 transit gateways in eu-west-1' }] },
    {
      name: '11 pending peering attachments',
      project: (() => {
        const d = design().tgw('hub')
        for (let i = 0; i < 11; i++) d.tgw(`t${i}`, { region: 'us-east-1' }).add({ kind: 'tgwPeeringAttachment', id: `p${i}`, transitGateway: 'hub', peerTransitGateway: `t${i}`, status: 'pending-acceptance' })
        return d.build()
      })(),
      errors: [{ messageId: 'peerings', target: 'hub', message: '11 pending peering attachments' }, { messageId: 'tgwsPerRegion', target: 't5' }],
    },
    { name: '21 route tables', project: tgws(1, 21), errors: [{ messageId: 'tables', target: 'tgw0', message: '21' }] },
  ],
})
