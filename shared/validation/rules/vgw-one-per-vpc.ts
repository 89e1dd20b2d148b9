import { defineRule } from '../rule'
import { nameOf } from '../names'

export default defineRule({
  id: 'vgw-one-per-vpc',
  meta: {
    severity: 'error',
    title: 'A VPC has at most one virtual private gateway attached',
    appliesTo: ['vpnGateway', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html',
  },
  messages: {
    second: 'Virtual private gateway {{vgw}} is attached to {{vpc}}, which already has {{first}}; a VPC takes one VGW at a time (share one VPN with many VPCs through a transit gateway).',
  },
  check({ index, indexes, report }) {
    for (const vpc of index.all('vpc')) {
      const [first, ...rest] = indexes.vpnGatewaysOf(vpc.id)
      for (const g of rest) {
        report({ messageId: 'second', target: g.id, related: [first.id, vpc.id], field: 'vpc', data: { vgw: g.name, vpc: nameOf(vpc), first: first.name }, fix: `Detach ${g.name} and move its VPN connections to ${first.name}, or terminate them on a transit gateway.` })
      }
    }
  },
})
