import { regionOfAz, regions } from '../../model/regions'
import { defineRule } from '../rule'

export default defineRule({
  id: 'subnet-one-az',
  meta: {
    severity: 'error',
    title: "A subnet sits in one AZ of its VPC's Region, named consistently",
    appliesTo: ['subnet'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
  },
  messages: {
    otherRegion: 'Subnet {{subnet}} is in {{az}}, an AZ of {{azRegion}}, but VPC {{vpc}} is in {{region}}; a subnet lives in one AZ of its VPC\'s Region.',
    azIdRegion: 'Subnet {{subnet}} has AZ id {{azId}}, which is not an AZ id of {{region}} (they start with {{prefix}}-).',
    azIdConflict: 'Subnet {{subnet}} maps {{az}} to {{azId}}, but subnet {{other}} of the same account maps {{az}} to {{otherAzId}}; one account sees each AZ name as one physical zone.',
  },
  check({ index, indexes, report }) {
    const seen = new Map<string, { azId: string; subnet: string }>()
    for (const { subnet: s, vpc } of indexes.subnetsWithVpc()) {
      const azRegion = regionOfAz(s.az)
      if (azRegion && azRegion !== vpc.region) {
        report({ messageId: 'otherRegion', target: s.id, field: 'az', related: [vpc.id], data: { subnet: s.name, az: s.az, azRegion, vpc: vpc.name, region: vpc.region } })
        continue
      }
      if (!s.azId) continue
      const prefix = regions[vpc.region as keyof typeof regions]?.azIdPrefix
      if (prefix && !s.azId.startsWith(`${prefix}-`)) {
        report({ messageId: 'azIdRegion', target: s.id, field: 'azId', data: { subnet: s.name, azId: s.azId, region: vpc.region, prefix } })
        continue
      }
      const key = `${vpc.account}\u0000${s.az}`
      const first = seen.get(key)
      if (!first) seen.set(key, { azId: s.azId, subnet: s.id })
      else if (first.azId !== s.azId) {
        const other = index.getOf('subnet', first.subnet)!
        report({ messageId: 'azIdConflict', target: s.id, field: 'azId', related: [other.id], data: { subnet: s.name, az: s.az, azId: s.azId, other: other.name, otherAzId: first.azId } })
      }
    }
  },
})
