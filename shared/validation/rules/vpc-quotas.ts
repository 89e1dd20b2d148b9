import { defineRule } from '../rule'

/** Default quotas (per account per Region, or per VPC) and the highest value AWS raises them to. */
const VPCS_PER_REGION = 5
const BLOCKS_PER_VPC = 5
const BLOCKS_MAX = 50
const SUBNETS_PER_VPC = 200

export default defineRule({
  id: 'vpc-quotas',
  meta: {
    severity: 'warning',
    title: 'VPC, CIDR block and subnet counts stay within quotas',
    appliesTo: ['account', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html',
  },
  messages: {
    vpcsPerRegion: 'Account {{account}} has {{count}} VPCs in {{region}}; the default quota is 5 per Region (adjustable; raising it also raises the internet gateway quota).',
    blocks: 'VPC {{vpc}} has {{count}} {{family}} blocks; the default quota is 5 per VPC (adjustable to 50).',
    blocksMax: 'VPC {{vpc}} has {{count}} {{family}} blocks; AWS allows at most 50 per VPC.',
    subnets: 'VPC {{vpc}} has {{count}} subnets; the default quota is 200 per VPC (adjustable).',
  },
  check({ index, report }) {
    const perRegion = new Map<string, string[]>()
    for (const vpc of index.all('vpc')) {
      const key = `${vpc.account}\u0000${vpc.region}`
      // Appended in place: copying the list for every VPC would be quadratic in the VPCs of a Region.
      const ids = perRegion.get(key)
      if (ids) ids.push(vpc.id)
      else perRegion.set(key, [vpc.id])
      const families = [
        { family: 'IPv4', field: 'secondaryCidrs', count: 1 + vpc.secondaryCidrs.length },
        { family: 'IPv6', field: 'ipv6Cidrs', count: vpc.ipv6Cidrs.length },
      ]
      for (const f of families) {
        if (f.count > BLOCKS_MAX) report({ messageId: 'blocksMax', target: vpc.id, field: f.field, severity: 'error', data: { vpc: vpc.name, count: f.count, family: f.family } })
        else if (f.count > BLOCKS_PER_VPC) report({ messageId: 'blocks', target: vpc.id, field: f.field, data: { vpc: vpc.name, count: f.count, family: f.family }, fix: 'Request a quota increase for "IPv4/IPv6 CIDR blocks per VPC" before deploying.' })
      }
      const subnets = index.childrenOf(vpc.id, 'subnet').length
      if (subnets > SUBNETS_PER_VPC) report({ messageId: 'subnets', target: vpc.id, data: { vpc: vpc.name, count: subnets } })
    }
    for (const [key, vpcs] of perRegion) {
      if (vpcs.length <= VPCS_PER_REGION) continue
      const [accountId, region] = key.split('\u0000')
      const account = index.getOf('account', accountId)
      if (!account) continue
      report({
        messageId: 'vpcsPerRegion',
        target: account.id,
        related: vpcs,
        data: { account: account.name, count: vpcs.length, region },
        fix: `Request a "VPCs per Region" quota of at least ${vpcs.length} in ${region}.`,
      })
    }
  },
})
