import { defineRule } from '../rule'
import { nameOf } from '../names'

const MAX_TGWS_PER_VPC = 5

export default defineRule({
  id: 'tgw-attachment-validity',
  meta: {
    severity: 'error',
    title: 'Transit gateway attachments are well formed',
    appliesTo: ['tgwVpcAttachment', 'tgwVpnAttachment', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html',
  },
  messages: {
    crossRegion: 'Attachment {{attachment}} joins transit gateway {{tgw}} ({{tgwRegion}}) to {{what}} in {{region}}; a TGW attaches only resources of its own Region (use a TGW per Region and a peering attachment).',
    subnetOtherVpc: 'Attachment {{attachment}} names {{subnet}}, which belongs to another VPC than {{vpc}}.',
    sameAz: 'Attachment {{attachment}} names {{subnet}} and {{other}}, both in {{az}}; a VPC attachment takes one subnet per availability zone.',
    ipv6Subnet: 'Attachment {{attachment}} has IPv6 enabled but {{subnet}} has no IPv6 block; every attachment subnet needs one to carry IPv6.',
    duplicate: 'Attachment {{attachment}} attaches {{vpc}} to transit gateway {{tgw}} a second time (first: {{first}}); one VPC attachment per VPC and TGW.',
    tooManyTgws: '{{vpc}} is attached to {{count}} transit gateways; AWS allows at most 5 per VPC.',
    vpnGateway: 'Attachment {{attachment}} is for VPN {{vpn}}, which terminates on another gateway than transit gateway {{tgw}}.',
  },
  check({ index, indexes, report }) {
    const firstByPair = new Map<string, string>()
    for (const att of index.all('tgwVpcAttachment')) {
      const tgw = index.getOf('transitGateway', att.transitGateway)
      const vpc = index.getOf('vpc', att.vpc)
      if (!tgw || !vpc) continue
      const base = { attachment: att.name, tgw: tgw.name, vpc: nameOf(vpc) }
      if (vpc.region !== tgw.region) {
        report({ messageId: 'crossRegion', target: att.id, related: [tgw.id, vpc.id], field: 'vpc', data: { ...base, tgwRegion: tgw.region, what: nameOf(vpc), region: vpc.region } })
      }
      const pair = `${tgw.id}\u0000${vpc.id}`
      const first = firstByPair.get(pair)
      if (first) report({ messageId: 'duplicate', target: att.id, related: [first, tgw.id, vpc.id], field: 'vpc', data: { ...base, first: index.get(first)?.name ?? first }, fix: `Delete ${att.name} and add its subnets to ${index.get(first)?.name ?? first}.` })
      else firstByPair.set(pair, att.id)
      const zones = new Map<string, string>()
      att.subnets.forEach((id, i) => {
        const s = index.getOf('subnet', id)
        if (!s) return
        const field = `subnets[${i}]`
        if (s.vpc !== vpc.id) {
          report({ messageId: 'subnetOtherVpc', target: att.id, related: [s.id], field, data: { ...base, subnet: nameOf(s) }, fix: `Pick a subnet of ${vpc.name}.` })
          return
        }
        const other = zones.get(s.az)
        if (other) report({ messageId: 'sameAz', target: att.id, related: [s.id, other], field, data: { ...base, subnet: nameOf(s), other: index.get(other)?.name ?? other, az: s.az }, fix: `Keep one of the two subnets in ${s.az}.` })
        else zones.set(s.az, s.id)
        if (att.ipv6 && !s.ipv6Cidr) report({ messageId: 'ipv6Subnet', target: att.id, related: [s.id], field, data: { ...base, subnet: nameOf(s) }, fix: `Give ${s.name} an IPv6 /64.` })
      })
    }
    for (const vpc of index.all('vpc')) {
      const tgws = new Set(indexes.tgwAttachmentsOfVpc(vpc.id).map((a) => a.transitGateway))
      if (tgws.size > MAX_TGWS_PER_VPC) report({ messageId: 'tooManyTgws', target: vpc.id, related: [...tgws], data: { vpc: nameOf(vpc), count: tgws.size } })
    }
    for (const att of index.all('tgwVpnAttachment')) {
      const tgw = index.getOf('transitGateway', att.transitGateway)
      const vpn = index.getOf('vpnConnection', att.vpnConnection)
      if (!tgw || !vpn) continue
      if (vpn.gateway !== tgw.id) report({ messageId: 'vpnGateway', target: att.id, related: [vpn.id, tgw.id], field: 'vpnConnection', data: { attachment: att.name, vpn: vpn.name, tgw: tgw.name } })
      const cgw = index.getOf('customerGateway', vpn.customerGateway)
      if (cgw && cgw.region !== tgw.region) {
        report({ messageId: 'crossRegion', target: att.id, related: [tgw.id, cgw.id], field: 'vpnConnection', data: { attachment: att.name, tgw: tgw.name, tgwRegion: tgw.region, what: `customer gateway ${cgw.name}`, region: cgw.region } })
      }
    }
  },
})
