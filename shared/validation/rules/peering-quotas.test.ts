import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './peering-quotas'

/** A hub peered with `n` spokes (10.1.0.0/16, 10.2.0.0/16, …). */
function star(n: number, status: 'active' | 'pending-acceptance' = 'active') {
  const d = design().vpc('hub', '10.0.0.0/16')
  for (let i = 1; i <= n; i++) d.vpc(`s${i}`, `10.${i}.0.0/16`).peering(`p${i}`, 'hub', `s${i}`, { status })
  return d.build()
}

ruleTester(rule, {
  valid: [
    { name: '50 active peerings', project: star(50) },
    { name: '25 pending requests', project: star(25, 'pending-acceptance') },
  ],
  invalid: [
    { name: '51 active peerings', project: star(51), errors: [{ messageId: 'activePerVpc', target: 'hub', severity: 'warning', message: '51' }] },
    { name: '126 active peerings', project: star(126), errors: [{ messageId: 'activeOverMax', target: 'hub', severity: 'error' }] },
    { name: '26 pending requests', project: star(26, 'pending-acceptance'), errors: [{ messageId: 'pendingPerAccount', target: 'acct', message: '26' }] },
  ],
})
