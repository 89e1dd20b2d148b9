import { defineRule } from '../rule'
import { pushTo } from '../topology'

const VPNS_PER_VGW = 10
const VGWS_PER_REGION = 5
const CGWS_PER_REGION = 50
const VPNS_PER_REGION = 50
const STATIC_ROUTES_PER_VPN = 100
const BGP_ROUTES_TO_VGW = 100
const BGP_ROUTES_TO_TGW = 1000

export default defineRule({
  id: 'vpn-quotas',
  meta: {
    severity: 'warning',
    title: 'Site-to-Site VPN resources stay within quotas',
    appliesTo: ['vpnConnection', 'vpnGateway', 'customerGateway'],
    docs: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html',
  },
  messages: {
    vpnsPerVgw: 'Virtual private gateway {{vgw}} has {{count}} VPN connections; the default quota is 10 (adjustable).',
    perRegion: 'Account {{account}} has {{count}} {{what}} in {{region}}; the default quota is {{limit}} per Region (adjustable).',
    staticRoutes: 'VPN {{vpn}} has {{count}} static routes; a VPN on a virtual private gateway takes at most 100 (fixed): use BGP and summarise.',
    bgpRoutes: 'VPN {{vpn}} advertises {{count}} on-premises prefixes over BGP to {{gateway}}, above the fixed maximum of {{limit}}: the BGP session goes down. Advertise summaries or a default route.',
  },
  check({ index, report }) {
    const perVgw = new Map<string, string[]>()
    const perRegion = new Map<string, string[]>()
    const add = pushTo<string, string>
    for (const vpn of index.all('vpnConnection')) {
      const gateway = index.get(vpn.gateway)
      if (gateway?.kind === 'vpnGateway') add(perVgw, gateway.id, vpn.id)
      if (gateway && 'account' in gateway && 'region' in gateway) add(perRegion, `VPN connections\u0000${gateway.account}\u0000${gateway.region}`, vpn.id)
      if (gateway?.kind === 'vpnGateway' && vpn.routing === 'static' && vpn.staticRoutes.length > STATIC_ROUTES_PER_VPN) {
        report({ messageId: 'staticRoutes', target: vpn.id, field: 'staticRoutes', data: { vpn: vpn.name, count: vpn.staticRoutes.length } })
      }
      if (vpn.routing === 'bgp' && gateway) {
        const cidrs = index.getOf('onPremNetwork', index.getOf('customerGateway', vpn.customerGateway)?.onPremNetwork)?.cidrs ?? []
        const limit = gateway.kind === 'vpnGateway' ? BGP_ROUTES_TO_VGW : BGP_ROUTES_TO_TGW
        if (cidrs.length > limit) report({ messageId: 'bgpRoutes', target: vpn.id, related: [gateway.id], field: 'customerGateway', data: { vpn: vpn.name, count: cidrs.length, gateway: gateway.name, limit: limit.toLocaleString('en-US') } })
      }
    }
    for (const g of index.all('vpnGateway')) add(perRegion, `virtual private gateways\u0000${g.account}\u0000${g.region}`, g.id)
    for (const c of index.all('customerGateway')) add(perRegion, `customer gateways\u0000${c.account}\u0000${c.region}`, c.id)
    for (const [vgw, ids] of perVgw) {
      if (ids.length > VPNS_PER_VGW) report({ messageId: 'vpnsPerVgw', target: vgw, related: ids.slice(0, 10), data: { vgw: index.get(vgw)?.name ?? vgw, count: ids.length } })
    }
    const limits: Record<string, number> = { 'VPN connections': VPNS_PER_REGION, 'virtual private gateways': VGWS_PER_REGION, 'customer gateways': CGWS_PER_REGION }
    for (const [key, ids] of perRegion) {
      const [what, account, region] = key.split('\u0000')
      if (ids.length <= limits[what]) continue
      report({ messageId: 'perRegion', target: ids[limits[what]], data: { account: index.get(account)?.name ?? account, count: ids.length, what, region, limit: limits[what] } })
    }
  },
})
