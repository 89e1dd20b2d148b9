import { ruleTester } from '../rule-tester'
import { design } from '../test-helpers/design'
import rule from './rt-association'

ruleTester(rule, {
  valid: [
    {
      name: 'explicit and implicit associations, and an edge table that is not main',
      project: design()
        .vpc('a', '10.0.0.0/16')
        .igw('igw', 'a')
        .routeTable('rt', 'a')
        .routeTable('edge', 'a', [], { edgeAssociations: ['igw'] })
        .subnet('s1', 'a', '10.0.1.0/24', { routeTable: 'rt' })
        .subnet('s2', 'a', '10.0.2.0/24')
        .build(),
    },
    {
      name: 'no main table while every subnet has an explicit association',
      project: design({ autoMainTables: false }).vpc('a', '10.0.0.0/16').routeTable('rt', 'a').subnet('s1', 'a', '10.0.1.0/24', { routeTable: 'rt' }).build(),
    },
  ],
  invalid: [
    {
      name: "a subnet using another VPC's table",
      project: design().vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16').routeTable('rt-b', 'b').subnet('s', 'a', '10.0.1.0/24', { routeTable: 'rt-b' }).build(),
      errors: [{ messageId: 'otherVpc', target: 's', field: 'routeTable', related: ['rt-b'], hasFix: true }],
    },
    {
      name: 'subnets relying on a main table that does not exist',
      project: design({ autoMainTables: false }).vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.1.0/24').build(),
      errors: [{ messageId: 'noMain', target: 'a', related: ['s'] }],
    },
    {
      name: 'two main tables, one of them a gateway table',
      project: design().vpc('a', '10.0.0.0/16').igw('igw', 'a').routeTable('m1', 'a', [], { main: true }).routeTable('m2', 'a', [], { main: true, edgeAssociations: ['igw'] }).build(),
      errors: [
        { messageId: 'mainIsGateway', target: 'm2', field: 'edgeAssociations[0]' },
        { messageId: 'twoMains', target: 'm2', field: 'main' },
      ],
    },
  ],
})
