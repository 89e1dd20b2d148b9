import { defineRule } from '../rule'
import { nameOf } from '../names'
import { zoneOf } from '../topology'

export default defineRule({
  id: 'vpce-interface-subnets',
  meta: {
    severity: 'error',
    title: 'Interface endpoints take one subnet per AZ of their VPC',
    appliesTo: ['interfaceEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html',
  },
  messages: {
    sameAz: 'Interface endpoint {{endpoint}} names {{subnet}} and {{other}}, both in {{az}}; an endpoint takes one subnet per availability zone.',
    otherVpc: 'Interface endpoint {{endpoint}} of {{vpc}} names {{subnet}} of another VPC.',
  },
  check({ index, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      if (e.endpointType !== 'interface') continue
      const zones = new Map<string, string>()
      e.subnets.forEach((id, i) => {
        const s = index.getOf('subnet', id)
        if (!s) return
        const field = `subnets[${i}]`
        if (s.vpc !== e.vpc) {
          report({ messageId: 'otherVpc', target: e.id, related: [s.id], field, data: { endpoint: e.name, vpc: nameOf(index.get(e.vpc), e.vpc), subnet: nameOf(s) }, fix: `Pick a subnet of ${index.get(e.vpc)?.name ?? e.vpc}.` })
          return
        }
        const zone = zoneOf(s)
        const other = zones.get(zone)
        if (other) report({ messageId: 'sameAz', target: e.id, related: [s.id, other], field, data: { endpoint: e.name, subnet: nameOf(s), other: index.get(other)?.name ?? other, az: zone }, fix: `Keep one subnet in ${zone}.` })
        else zones.set(zone, s.id)
      })
    }
  },
})
