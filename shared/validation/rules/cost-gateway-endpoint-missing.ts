import type { ResourceOf } from '../../model/kinds'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { pushTo } from '../topology'

/** What a mask of missing services (bit 1: S3, bit 2: DynamoDB) reads as; built once, not per finding. */
const missingNames: readonly string[] = ['', 'S3', 'DynamoDB', 'S3 and DynamoDB']

/** The order findings of one VPC are reported in: both services first, then S3 alone, then DynamoDB alone. */
const masks = [3, 1, 2] as const

export default defineRule({
  id: 'cost-gateway-endpoint-missing',
  meta: {
    severity: 'info',
    title: 'Subnets behind a NAT gateway use free gateway endpoints for S3 and DynamoDB',
    appliesTo: ['vpc', 'routeTable', 'gatewayEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
  },
  messages: {
    missing:
      'In {{vpc}}, route tables {{tables}} send 0.0.0.0/0 to a NAT gateway but have no {{services}} gateway endpoint: every byte to {{services}} pays NAT data processing, while gateway endpoints for them cost nothing.',
  },
  check({ index, indexes, report }) {
    // One finding per VPC and set of missing services (bit 1: S3, bit 2: DynamoDB), listing its tables:
    // a design of hundreds of VPCs stays readable, and the hot loop allocates nothing per route.
    const byVpc = new Map<string, { table: ResourceOf<'routeTable'>; nat: string; missing: number }[]>()
    for (const nat of index.all('natGateway')) {
      for (const site of indexes.routesTo(nat.id)) {
        if (site.route.destination !== '0.0.0.0/0' || indexes.subnetsUsing(site.table.id).length === 0) continue
        let missing = 3
        for (const e of indexes.gatewayEndpointsOf(site.table.id)) missing &= e.service === 's3' ? ~1 : ~2
        if (missing !== 0) pushTo(byVpc, site.table.vpc, { table: site.table, nat: nat.id, missing })
      }
    }
    for (const [vpcId, tables] of byVpc) {
      const vpc = index.getOf('vpc', vpcId)
      if (!vpc) continue
      for (const mask of masks) {
        const these = tables.filter((t) => t.missing === mask)
        if (these.length === 0) continue
        const names = these.map((t) => t.table.name).join(', ')
        const missing = missingNames[mask]
        const related = these.map((t) => t.table.id)
        for (const t of these) related.push(t.nat)
        report({
          messageId: 'missing',
          target: vpc.id,
          related,
          data: { vpc: nameOf(vpc), tables: names, services: missing },
          fix: `Create ${missing} gateway endpoints in ${vpc.name} and associate them with ${names}.`,
        })
      }
    }
  },
})
