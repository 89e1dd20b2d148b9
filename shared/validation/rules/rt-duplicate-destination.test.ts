import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-duplicate-destination'

const base = () => design().vpc('a', '10.0.0.0/16').igw('igw', 'a').subnet('s', 'a', '10.0.1.0/24').nat('nat', 's')

ruleTester(rule, {
  valid: [
    {
      name: 'nested destinations are distinct routes',
      project: base().routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '0.0.0.0/1', target: 'nat' }]).build(),
    },
  ],
  invalid: [
    {
      name: 'the same default route twice, once written with host bits',
      project: base().routeTable('rt', 'a', [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '0.0.0.1/0', target: 'nat' }]).build(),
      errors: [{ messageId: 'duplicate', target: 'rt', field: 'routes[1].destination', related: ['igw', 'nat'], hasFix: true }],
    },
    {
      name: 'the same prefix list twice',
      project: base()
        .add({ kind: 'prefixList', id: 'pl', region: 'eu-west-1', entries: ['192.168.0.0/24'] })
        .routeTable('rt', 'a', [{ destinationPrefixList: 'pl', target: 'igw' }, { destinationPrefixList: 'pl', target: 'nat' }])
        .build(),
      errors: [{ messageId: 'duplicate', target: 'rt', field: 'routes[1].destinationPrefixList' }],
    },
  ],
})
