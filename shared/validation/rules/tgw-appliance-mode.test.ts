import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './tgw-appliance-mode'

const inspection = (applianceMode: boolean, zones: string[] = ['eu-west-1a', 'eu-west-1b']) => {
  const d = design().vpc('insp', '10.9.0.0/16').tgw('tgw').routeTable('rt-tgw', 'insp', [{ destination: '0.0.0.0/0', target: 'fw' }])
  zones.forEach((az, i) => d.subnet(`tgw-${i}`, 'insp', `10.9.${i}.0/28`, { az, routeTable: 'rt-tgw' }))
  d.subnet('fw-subnet', 'insp', '10.9.10.0/24').workload('fw', 'fw-subnet', { sourceDestCheck: false })
  return d.tgwAttachment('att', 'tgw', 'insp', zones.map((_, i) => `tgw-${i}`), { applianceMode }).build()
}

ruleTester(rule, {
  valid: [
    { name: 'two AZs with appliance mode on', project: inspection(true) },
    { name: 'one AZ only', project: inspection(false, ['eu-west-1a']) },
  ],
  invalid: [{ name: 'two AZs, appliance mode off', project: inspection(false), errors: [{ messageId: 'off', target: 'att', field: 'applianceMode', related: ['fw', 'rt-tgw'], hasFix: true }] }],
})
