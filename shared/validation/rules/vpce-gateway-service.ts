import { defineRule } from '../rule'

const serviceNames = { s3: 'Amazon S3', dynamodb: 'DynamoDB' } as const

export default defineRule({
  id: 'vpce-gateway-service',
  meta: {
    severity: 'error',
    title: "Gateway endpoints serve S3 or DynamoDB of their VPC's Region",
    appliesTo: ['gatewayEndpoint', 'routeTable'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
  },
  messages: {
    wrongService: 'Route table {{table}} sends prefix list {{list}} to gateway endpoint {{endpoint}}, which serves {{service}}; the list belongs to {{listService}}.',
    otherRegion:
      'Route table {{table}} sends prefix list {{list}} ({{listRegion}}) to gateway endpoint {{endpoint}} in {{region}}; a gateway endpoint only reaches {{service}} in its own Region (other Regions go through an internet or NAT gateway).',
  },
  check({ index, indexes, report }) {
    for (const e of index.all('gatewayEndpoint')) {
      const vpc = index.getOf('vpc', e.vpc)
      for (const site of indexes.routesTo(e.id)) {
        const list = index.getOf('prefixList', site.route.destinationPrefixList)
        if (!list || !vpc) continue
        const data = { table: site.table.name, list: list.name, endpoint: e.name, service: serviceNames[e.service], region: vpc.region, listRegion: list.region, listService: list.awsService ? serviceNames[list.awsService] : 'a customer-managed list' }
        const field = `routes[${site.index}].destinationPrefixList`
        if (list.awsService !== e.service) report({ messageId: 'wrongService', target: site.table.id, related: [e.id, list.id], field, data, fix: `Associate ${site.table.name} with the endpoint instead of writing the route.` })
        else if (list.region !== vpc.region) report({ messageId: 'otherRegion', target: site.table.id, related: [e.id, list.id], field, data, fix: `Reach ${serviceNames[e.service]} in ${list.region} through a NAT or internet gateway, or an interface endpoint.` })
      }
    }
  },
})
