import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './natgw-quotas'

const nats = (n: number) => {
  const d = design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.0.0/24')
  for (let i = 0; i < n; i++) d.nat(`nat-${i}`, 's')
  return d
}

ruleTester(rule, {
  valid: [{ name: 'five NAT gateways in one AZ, two Elastic IPs, eight private IPs', project: nats(4).nat('big', 's', { elasticIps: 2, secondaryPrivateIps: 7 }).vpc('b', '10.1.0.0/16').build() }],
  invalid: [
    { name: 'six NAT gateways in one AZ', project: nats(6).build(), errors: [{ messageId: 'perAz', target: 'acct', related: ['nat-0', 'nat-5'], message: 'eu-west-1a' }] },
    {
      name: 'three Elastic IPs, nine Elastic IPs and nine private IPs',
      project: nats(0).nat('n3', 's', { elasticIps: 3 }).nat('n9', 's', { elasticIps: 9, secondaryPrivateIps: 8 }).build(),
      errors: [
        { messageId: 'eips', target: 'n3', severity: 'warning', hasFix: true },
        { messageId: 'eipsMax', target: 'n9', severity: 'error' },
        { messageId: 'privateIps', target: 'n9', field: 'secondaryPrivateIps', message: '9 private' },
      ],
    },
  ],
})
