import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-mesh-scale'

/** A full mesh of n VPCs: n(n-1)/2 peerings. */
function mesh(n: number) {
  const d = design()
  for (let i = 0; i < n; i++) d.vpc(`v${i}`, `10.${i}.0.0/16`)
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) d.peering(`p${i}-${j}`, `v${i}`, `v${j}`)
  return d
}

ruleTester(rule, {
  valid: [
    { name: 'five VPCs in a full mesh (10 peerings)', project: mesh(5).build() },
    { name: 'six VPCs meshed but already on a transit gateway', project: mesh(6).subnet('s0', 'v0', '10.0.1.0/24').tgw('tgw').tgwAttachment('att', 'tgw', 'v0', ['s0']).build() },
  ],
  invalid: [{ name: 'six VPCs in a full mesh (15 peerings)', project: mesh(6).build(), errors: [{ messageId: 'mesh', target: 'v0', severity: 'info', message: '15 peering connections', hasFix: true }] }],
})
