import { describe, expect, it } from 'vitest'
import { DesignBuilder, design, reach } from './test-helpers/design'

const allowAll = [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }]

/** web (10.0.1.0/24) → db (10.0.2.0/24) in one VPC, filters added per test. */
function twoTier(extra: (d: DesignBuilder) => void) {
  const d = design()
    .vpc('v', '10.0.0.0/16')
    .subnet('web-net', 'v', '10.0.1.0/24', { routeTable: 'rt', networkAcl: 'acl-web' })
    .subnet('db-net', 'v', '10.0.2.0/24', { routeTable: 'rt', networkAcl: 'acl-db' })
    .routeTable('rt', 'v', [['10.0.0.0/16', 'local']])
    .nacl('acl-web', 'v', allowAll, allowAll)
    .workload('web', 'web-net', { securityGroups: ['sg-web'] })
    .workload('db', 'db-net', { securityGroups: ['sg-db'] })
    .securityGroup('sg-web', 'v', [], [{ protocol: '-1', cidr: '0.0.0.0/0' }])
  extra(d)
  return d.build()
}
const dbNacl = (ingress: unknown[], egress: unknown[]) => (d: DesignBuilder) => d.nacl('acl-db', 'v', ingress as never, egress as never)
const dbSg = (ingress: unknown[]) => (d: DesignBuilder) => d.securityGroup('sg-db', 'v', ingress as never, [])

describe('security layer', () => {
  it('allows a flow every filter on the path allows', () => {
    const p = twoTier((d) => {
      dbNacl([{ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.1.0/24' }], [{ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '10.0.1.0/24' }])(d)
      dbSg([{ protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroup: 'sg-web' }])(d)
    })
    const a = reach(p, 'web', 'db', { protocol: 'tcp', port: 5432 })
    expect(a.reachable).toBe(true)
    expect(a.security.status).toBe('allowed')
    expect(a.security.checks.map((c) => `${c.layer}:${c.at}:${c.rules}:${c.direction}:${c.decision}`)).toEqual([
      'securityGroup:web:out:forward:allow',
      'networkAcl:web-net:out:forward:allow',
      'networkAcl:db-net:in:forward:allow',
      'securityGroup:db:in:forward:allow',
      'networkAcl:db-net:out:return:allow',
      'networkAcl:web-net:in:return:allow',
    ])
  })

  it('blocks on the first NACL rule that denies (ordered, first match)', () => {
    const p = twoTier((d) => {
      dbNacl(
        [
          { ruleNumber: 90, action: 'deny', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.1.0/24' },
          { ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' },
        ],
        allowAll,
      )(d)
      dbSg([{ protocol: '-1', cidr: '10.0.0.0/16' }])(d)
    })
    const a = reach(p, 'web', 'db', { protocol: 'tcp', port: 5432 })
    expect(a.reachable).toBe(false)
    expect(a.failure).toMatchObject({ direction: 'security', ruleId: 'nacl-semantics' })
    expect(a.failure!.reason).toContain('rule 90 deny tcp 5432 from 10.0.1.0/24')
    expect(a.failure!.hop.id).toBe('db-net')
    expect(reach(p, 'web', 'db', { protocol: 'tcp', port: 22 }).reachable).toBe(true)
  })

  it('blocks replies the stateless NACL does not let out to ephemeral ports', () => {
    const p = twoTier((d) => {
      dbNacl([{ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.1.0/24' }], [{ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.1.0/24' }])(d)
      dbSg([{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidr: '10.0.1.0/24' }])(d)
    })
    const a = reach(p, 'web', 'db', { protocol: 'tcp', port: 5432 })
    expect(a.failure).toMatchObject({ direction: 'security', ruleId: 'nacl-semantics' })
    expect(a.failure!.reason).toContain('denies the reply (outbound)')
    expect(a.failure!.fix).toContain('ephemeral ports 1024-65535')
  })

  it('says partial when only part of an any-protocol flow is allowed, and denies what no group allows', () => {
    const p = twoTier((d) => {
      dbNacl(allowAll, allowAll)(d)
      dbSg([{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '10.0.0.0/8' }])(d)
    })
    const any = reach(p, 'web', 'db')
    expect(any.reachable).toBe(true)
    expect(any.security.status).toBe('partial')
    expect(any.security.checks.find((c) => c.at === 'db')!.detail).toMatch(/^allows tcp 22 only/)
    const https = reach(p, 'web', 'db', { protocol: 'tcp', port: 443 })
    expect(https.failure).toMatchObject({ ruleId: 'sg-semantics' })
    expect(https.failure!.reason).toContain('no inbound rule allows tcp 443 from 10.0.1.')
  })

  it('names the denying security group in the singular, several in the plural', () => {
    const one = twoTier((d) => {
      dbNacl(allowAll, allowAll)(d)
      dbSg([{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '10.0.0.0/8' }])(d)
    })
    expect(reach(one, 'web', 'db', { protocol: 'tcp', port: 443 }).failure!.reason).toMatch(/^security group sg-db of db denies the flow \(inbound\)/)
    const two = twoTier((d) => {
      dbNacl(allowAll, allowAll)(d)
      dbSg([{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '10.0.0.0/8' }])(d)
      d.securityGroup('sg-ops', 'v', [], [])
      d.workload('db2', 'db-net', { securityGroups: ['sg-db', 'sg-ops'] })
    })
    expect(reach(two, 'web', 'db2', { protocol: 'tcp', port: 443 }).failure!.reason).toMatch(/^security groups sg-db and sg-ops of db2 deny the flow \(inbound\)/)
  })

  it('says unchecked when the design has no filters on the path', () => {
    const p = design()
      .vpc('v', '10.0.0.0/16')
      .subnet('a', 'v', '10.0.1.0/24', { routeTable: 'rt' }).subnet('b', 'v', '10.0.2.0/24', { routeTable: 'rt' })
      .routeTable('rt', 'v', [['10.0.0.0/16', 'local']])
      .workload('x', 'a').workload('y', 'b')
      .build()
    const a = reach(p, 'x', 'y')
    expect(a.security).toEqual({ status: 'unchecked', checks: [], unchecked: ['x', 'a', 'b', 'y'] })
  })

  it('does not match a security group reference across inter-Region peering', () => {
    const build = (region: string) =>
      design()
        .vpc('a', '10.0.0.0/16').vpc('b', '10.1.0.0/16', { region })
        .subnet('a-s', 'a', '10.0.1.0/24', { routeTable: 'rt-a' })
        .subnet('b-s', 'b', '10.1.1.0/24', { routeTable: 'rt-b', az: `${region}a` })
        .routeTable('rt-a', 'a', [['10.0.0.0/16', 'local'], ['10.1.0.0/16', 'pcx']])
        .routeTable('rt-b', 'b', [['10.1.0.0/16', 'local'], ['10.0.0.0/16', 'pcx']])
        .peering('pcx', 'a', 'b')
        .securityGroup('sg-client', 'a', [], [{ protocol: '-1', cidr: '0.0.0.0/0' }])
        .securityGroup('sg-server', 'b', [{ protocol: 'tcp', fromPort: 443, toPort: 443, securityGroup: 'sg-client' }], [])
        .workload('client', 'a-s', { securityGroups: ['sg-client'] })
        .workload('server', 'b-s', { securityGroups: ['sg-server'] })
        .build()
    expect(reach(build('eu-west-1'), 'client', 'server', { protocol: 'tcp', port: 443 }).reachable).toBe(true)
    const far = reach(build('us-east-1'), 'client', 'server', { protocol: 'tcp', port: 443 })
    expect(far.reachable).toBe(false)
    expect(far.failure!.reason).toContain('across inter-Region peering')
  })
})
