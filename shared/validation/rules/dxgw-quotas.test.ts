import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './dxgw-quotas'

function dxWithVgws(n: number) {
  const d = design()
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    d.vpc(`v${i}`, `10.${i}.0.0/16`).vgw(`vgw${i}`, `v${i}`)
    ids.push(`vgw${i}`)
  }
  return d.add({ kind: 'dxGateway', id: 'dx', account: 'acct', associations: ids }).build()
}

ruleTester(rule, {
  valid: [{ name: '20 VGWs', project: dxWithVgws(20) }],
  invalid: [{ name: '21 VGWs', project: dxWithVgws(21), errors: [{ messageId: 'vgws', target: 'dx', field: 'associations', severity: 'warning', message: '21' }] }],
})
