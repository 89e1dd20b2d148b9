import type { ResourceOf, SecurityGroupRule } from '../../model/kinds'
import { defineRule } from '../rule'
import { cidrOf, pushTo } from '../topology'

const SGS_PER_REGION = 2500
const RULES_PER_SG = 60
const SGS_PER_ENI = 5
const SGS_PER_ENI_MAX = 16
const RULES_PER_ENI = 1000
const NACLS_PER_VPC = 200
const RULES_PER_NACL = 20
const RULES_PER_NACL_MAX = 40

export default defineRule({
  id: 'filter-quotas',
  meta: {
    severity: 'warning',
    title: 'Security groups and network ACLs stay within quotas',
    appliesTo: ['securityGroup', 'networkAcl', 'workload', 'interfaceEndpoint', 'loadBalancer'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  },
  messages: {
    sgsPerRegion: 'Account {{account}} has {{count}} security groups in {{region}}; the default quota is 2,500 per Region.',
    sgRules: 'Security group {{group}} has {{count}} {{direction}} IPv{{family}} rules (a prefix list counts as its max entries); the default quota is 60 (adjustable).',
    sgsPerEni: '{{what}} {{name}} has {{count}} security groups; the default is 5 per network interface, at most 16.',
    rulesPerEni: '{{what}} {{name}} carries {{count}} security groups with up to {{rules}} rules each ({{total}} in all); rules per group × groups per interface may not exceed 1,000.',
    naclsPerVpc: 'VPC {{vpc}} has {{count}} network ACLs; the default quota is 200 (adjustable).',
    naclRules: 'Network ACL {{nacl}} has {{count}} {{direction}} IPv{{family}} rules including the default deny; the default quota is 20 per direction (adjustable to 40).',
  },
  check({ index, report }) {
    const maxEntries = (r: SecurityGroupRule) => index.getOf('prefixList', r.prefixList)?.maxEntries ?? 1
    const familyOf = (r: SecurityGroupRule): 4 | 6 => (r.ipv6Cidr ? 6 : r.prefixList && index.getOf('prefixList', r.prefixList)?.addressFamily === 'IPv6' ? 6 : 4)
    const ruleCount = new Map<string, number>()
    const perRegion = new Map<string, string[]>()
    for (const g of index.all('securityGroup')) {
      let worst = 0
      for (const direction of ['ingress', 'egress'] as const) {
        for (const family of [4, 6] as const) {
          const count = g[direction].filter((r) => familyOf(r) === family).reduce((n, r) => n + (r.prefixList ? maxEntries(r) : 1), 0)
          worst = Math.max(worst, count)
          if (count > RULES_PER_SG) report({ messageId: 'sgRules', target: g.id, field: direction, data: { group: g.name, count, direction: direction === 'ingress' ? 'inbound' : 'outbound', family } })
        }
      }
      ruleCount.set(g.id, worst)
      const vpc = index.getOf('vpc', g.vpc)
      if (vpc) pushTo(perRegion, `${vpc.account}\u0000${vpc.region}`, g.id)
    }
    for (const [key, ids] of perRegion) {
      if (ids.length <= SGS_PER_REGION) continue
      const [account, region] = key.split('\u0000')
      report({ messageId: 'sgsPerRegion', target: ids[SGS_PER_REGION], data: { account: index.get(account)?.name ?? account, count: ids.length, region } })
    }
    const holders: (ResourceOf<'workload'> | ResourceOf<'interfaceEndpoint'> | ResourceOf<'loadBalancer'>)[] = [...index.all('workload'), ...index.all('interfaceEndpoint'), ...index.all('loadBalancer')]
    for (const h of holders) {
      const groups = [...new Set(h.securityGroups)]
      const what = h.kind === 'workload' ? 'Workload' : h.kind === 'interfaceEndpoint' ? 'Interface endpoint' : 'Load balancer'
      if (groups.length > SGS_PER_ENI) report({ messageId: 'sgsPerEni', severity: groups.length > SGS_PER_ENI_MAX ? 'error' : 'warning', target: h.id, field: 'securityGroups', data: { what, name: h.name, count: groups.length } })
      const rules = Math.max(0, ...groups.map((g) => ruleCount.get(g) ?? 0))
      if (rules * groups.length > RULES_PER_ENI) report({ messageId: 'rulesPerEni', target: h.id, field: 'securityGroups', data: { what, name: h.name, count: groups.length, rules, total: rules * groups.length } })
    }
    const naclsPerVpc = new Map<string, number>()
    for (const nacl of index.all('networkAcl')) {
      naclsPerVpc.set(nacl.vpc, (naclsPerVpc.get(nacl.vpc) ?? 0) + 1)
      for (const direction of ['ingress', 'egress'] as const) {
        for (const family of [4, 6] as const) {
          const explicit = nacl[direction].filter((r) => cidrOf(r.cidr)?.family === family).length
          const count = explicit + 1
          if (explicit === 0 || count <= RULES_PER_NACL) continue
          report({ messageId: 'naclRules', severity: count > RULES_PER_NACL_MAX ? 'error' : 'warning', target: nacl.id, field: direction, data: { nacl: nacl.name, count, direction: direction === 'ingress' ? 'inbound' : 'outbound', family } })
        }
      }
    }
    for (const [vpcId, count] of naclsPerVpc) {
      if (count > NACLS_PER_VPC && index.get(vpcId)) report({ messageId: 'naclsPerVpc', target: vpcId, data: { vpc: index.get(vpcId)!.name, count } })
    }
  },
})
