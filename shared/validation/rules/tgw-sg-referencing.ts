import { defineRule } from '../rule'
import { crossVpcReferences, peeringBetween } from '../topology'
import { sharedTransitGateways, tgwLink, vpcAttachment } from '../topology-tgw'

export default defineRule({
  id: 'tgw-sg-referencing',
  meta: {
    severity: 'error',
    title: 'Security group references across a TGW meet its conditions',
    appliesTo: ['securityGroup', 'transitGateway', 'tgwVpcAttachment'],
    docs: 'https://aws.amazon.com/blogs/networking-and-content-delivery/introducing-security-group-referencing-for-aws-transit-gateway/',
  },
  messages: {
    outbound: 'Security group {{group}} references {{referenced}} of VPC {{other}} in an outbound rule; across transit gateway {{tgw}} only inbound rules may reference groups.',
    tgwDisabled: 'Security group {{group}} references {{referenced}} of VPC {{other}} across transit gateway {{tgw}}, which has security group referencing disabled (the AWS default).',
    attachmentDisabled: 'Security group {{group}} references {{referenced}} of VPC {{other}} across transit gateway {{tgw}}, but attachment {{attachment}} has security group referencing disabled.',
    viaTgwPeering: 'Security group {{group}} references {{referenced}} of VPC {{other}}, which is reached only through TGW peering; references do not cross TGW peering or Regions.',
  },
  check({ index, indexes, report }) {
    for (const ref of crossVpcReferences(indexes)) {
      const p = peeringBetween(indexes, ref.vpc.id, ref.otherVpc.id)
      if (p && p.status === 'active') continue
      const base = { group: ref.group.name, referenced: ref.referenced.name, other: ref.otherVpc.name }
      const related = [ref.referenced.id, ref.otherVpc.id]
      const shared = sharedTransitGateways(indexes, ref.vpc.id, ref.otherVpc.id)
      if (shared.length === 0) {
        if (tgwLink(indexes, ref.vpc.id, ref.otherVpc.id) === 'peered') report({ messageId: 'viaTgwPeering', target: ref.group.id, related, field: ref.field, data: base, fix: `Allow ${ref.otherVpc.name}'s CIDR blocks instead.` })
        continue
      }
      const tgw = index.getOf('transitGateway', shared[0])!
      const data = { ...base, tgw: tgw.name }
      if (ref.direction === 'egress') {
        report({ messageId: 'outbound', target: ref.group.id, related: [...related, tgw.id], field: ref.field, data, fix: `Use ${ref.otherVpc.name}'s CIDR blocks in the outbound rule.` })
        continue
      }
      if (!tgw.securityGroupReferencing) {
        report({ messageId: 'tgwDisabled', target: ref.group.id, related: [...related, tgw.id], field: ref.field, data, fix: `Enable securityGroupReferencing on ${tgw.name}.` })
        continue
      }
      for (const vpcId of [ref.vpc.id, ref.otherVpc.id]) {
        const att = vpcAttachment(indexes, vpcId, tgw.id)
        if (att && !att.securityGroupReferencing) {
          report({ messageId: 'attachmentDisabled', target: ref.group.id, related: [...related, att.id], field: ref.field, data: { ...data, attachment: att.name }, fix: `Enable securityGroupReferencing on ${att.name}.` })
        }
      }
    }
  },
})
