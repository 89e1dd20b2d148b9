import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-local-route'

const vpc = () => design().vpc('a', '10.0.0.0/16', { secondaryCidrs: ['10.1.0.0/16'] }).subnet('fw-s', 'a', '10.0.9.0/24').workload('fw', 'fw-s', { sourceDestCheck: false })

ruleTester(rule, {
  valid: [
    { name: 'local routes left implicit', project: vpc().routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'fw' }]).build() },
    {
      name: 'all blocks listed, one with its target replaced by a firewall interface',
      project: vpc().routeTable('rt', 'a', [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '10.1.0.0/16', target: 'fw' }]).build(),
    },
  ],
  invalid: [
    {
      name: 'a local route for a range that is not a VPC block, and a missing block',
      project: vpc().routeTable('rt', 'a', [{ destination: '10.0.0.0/16', target: 'local' }, { destination: '10.2.0.0/16', target: 'local' }]).build(),
      errors: [
        { messageId: 'missing', target: 'rt', field: 'routes', message: '10.1.0.0/16' },
        { messageId: 'notABlock', target: 'rt', field: 'routes[1].destination' },
      ],
    },
    {
      name: 'a VPC block sent to an internet gateway',
      project: vpc().igw('igw', 'a').routeTable('rt', 'a', [{ destination: '10.0.0.0/16', target: 'igw' }, { destination: '10.1.0.0/16', target: 'local' }]).build(),
      errors: [{ messageId: 'badReplacement', target: 'rt', field: 'routes[0].target', related: ['igw'] }],
    },
  ],
})
