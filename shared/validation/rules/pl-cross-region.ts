import { defineRule } from '../rule'

/** AWS services that accept cross-Region interface endpoints (AWS "Cross-region enabled AWS services" page). IAM and Route 53 use global names. */
const crossRegionServices = ['s3', 'ecr.api', 'ecr.dkr', 'kms', 'kms-fips', 'ecs', 'lambda', 'kinesis-firehose', 'kinesisanalytics', 'kinesisanalytics-fips']

export default defineRule({
  id: 'pl-cross-region',
  meta: {
    severity: 'error',
    title: 'Cross-Region endpoints target services enabled for that Region',
    appliesTo: ['interfaceEndpoint', 'endpointService'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-endpoint-service.html',
  },
  messages: {
    serviceRegion: 'Interface endpoint {{endpoint}} in {{region}} connects to endpoint service {{service}} in {{serviceRegion}}, which does not list {{region}} among its supported Regions.',
    awsService: 'Interface endpoint {{endpoint}} in {{region}} names {{name}} of {{serviceRegion}}; that AWS service does not offer cross-Region PrivateLink.',
  },
  check({ index, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      const vpc = index.getOf('vpc', e.vpc)
      if (!vpc) continue
      const s = index.getOf('endpointService', e.endpointService)
      if (s) {
        const serviceRegion = index.getOf('vpc', index.getOf('loadBalancer', s.loadBalancers[0])?.vpc)?.region
        if (!serviceRegion || serviceRegion === vpc.region || s.supportedRegions.includes(vpc.region)) continue
        report({ messageId: 'serviceRegion', target: e.id, related: [s.id], field: 'endpointService', data: { endpoint: e.name, region: vpc.region, service: s.name, serviceRegion }, fix: `Add ${vpc.region} to ${s.name}.supportedRegions, or reach an endpoint in ${serviceRegion} over inter-Region peering or TGW peering.` })
        continue
      }
      const m = /^com\.amazonaws\.([a-z]{2}(?:-[a-z]+)+-\d)\.(.+)$/.exec(e.service ?? '')
      if (!m || m[1] === vpc.region || crossRegionServices.includes(m[2])) continue
      report({ messageId: 'awsService', target: e.id, field: 'service', data: { endpoint: e.name, region: vpc.region, name: e.service!, serviceRegion: m[1] }, fix: `Use com.amazonaws.${vpc.region}.${m[2]}.` })
    }
  },
})
