import type { ResourceOf } from '../../model/kinds'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { pushTo } from '../topology'

const services = [
  { id: 's3', name: 'S3' },
  { id: 'dynamodb', name: 'DynamoDB' },
] as const

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
      for (const mask of [3, 1, 2]) {
        const these = tables.filter((t) => t.missing === mask)
        if (these.length === 0) continue
        const names = these.map((t) => t.table.name)
        const missing = services.filter((_, i) => mask & (1 << i)).map((x) => x.name).join(' and ')
        report({
          messageId: 'missing',
          target: vpc.id,
          related: [...these.map((t) => t.table.id), ...these.map((t) => t.nat)],
          data: { vpc: nameOf(vpc), tables: names.join(', '), services: missing },
          fix: `Create ${missing} gateway endpoints in ${vpc.name} and associate them with ${names.join(', ')}.`,
        })
      }
    }
  },
})
