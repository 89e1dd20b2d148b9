import { isCidr } from '../../net/cidr'
import { parseAddress } from '../../net/cidr'
import { type ImportContext, naming } from './context'
import { type Rec, num, obj, objs, str } from './record'
import { goneReason } from './states'

/** Virtual private gateways, customer gateways and Site-to-Site VPN connections. */
export function mapVpn(ctx: ImportContext): void {
  for (const rec of ctx.records('VpnGateways')) {
    const g = rec.value
    const vgwId = g.VpnGatewayId as string
    if (!ctx.claim(vgwId, rec)) continue
    const gone = goneReason(str(g, 'State'))
    if (gone) {
      ctx.skip(rec, vgwId, gone)
      continue
    }
    const attachment = objs(g, 'VpcAttachments').find(([a]) => !goneReason(str(a, 'State')))?.[0]
    const vpc = ctx.get(str(attachment, 'VpcId'), 'vpc')
    const asn = num(g, 'AmazonSideAsn')
    ctx.add(vgwId, rec, {
      kind: 'vpnGateway',
      ...naming(g, vgwId),
      account: accountFor(ctx, rec, vpc?.account as string | undefined),
      region: (vpc?.region as string | undefined) ?? rec.scope.region,
      ...(vpc ? { vpc: vpc.id } : {}),
      ...(asn !== undefined && asn >= 1 && asn <= 4294967294 ? { amazonSideAsn: asn } : {}),
    })
  }
  for (const rec of ctx.records('CustomerGateways')) {
    const g = rec.value
    const cgwId = g.CustomerGatewayId as string
    if (!ctx.claim(cgwId, rec)) continue
    const gone = goneReason(str(g, 'State'))
    if (gone) {
      ctx.skip(rec, cgwId, gone)
      continue
    }
    const ip = str(g, 'IpAddress')
    const asn = num(g, 'BgpAsn')
    ctx.add(cgwId, rec, {
      kind: 'customerGateway',
      ...naming(g, cgwId),
      account: accountFor(ctx, rec),
      region: rec.scope.region,
      ...(ip && parseAddress(ip)?.family === 4 ? { ipAddress: ip } : {}),
      ...(asn !== undefined && asn >= 1 && asn <= 4294967294 ? { bgpAsn: asn } : {}),
    })
  }
  for (const rec of ctx.records('VpnConnections')) {
    const c = rec.value
    const vpnId = c.VpnConnectionId as string
    if (!ctx.claim(vpnId, rec)) continue
    const gone = goneReason(str(c, 'State'))
    const cgw = ctx.get(str(c, 'CustomerGatewayId'), 'customerGateway')
    const gateway = ctx.get(str(c, 'VpnGatewayId'), 'vpnGateway') ?? ctx.get(str(c, 'TransitGatewayId'), 'transitGateway')
    if (gone) ctx.skip(rec, vpnId, gone)
    else if (!cgw) ctx.skip(rec, vpnId, `its customer gateway ${str(c, 'CustomerGatewayId') ?? '?'} is not in the imported data`)
    else if (!gateway) ctx.skip(rec, vpnId, `its gateway ${str(c, 'VpnGatewayId') ?? str(c, 'TransitGatewayId') ?? '(none)'} is not in the imported data`)
    else {
      const staticRoutes = objs(c, 'Routes')
        .filter(([r]) => !goneReason(str(r, 'State')))
        .map(([r]) => str(r, 'DestinationCidrBlock'))
        .filter((d): d is string => d !== undefined && isCidr(d, 4))
      ctx.add(vpnId, rec, {
        kind: 'vpnConnection',
        ...naming(c, vpnId),
        customerGateway: cgw.id,
        gateway: gateway.id,
        routing: obj(c, 'Options')?.StaticRoutesOnly === true ? 'static' : 'bgp',
        staticRoutes: [...new Set(staticRoutes)],
      })
    }
  }
}

/** VPN objects carry no OwnerId: the folder's account, else the attached VPC's, else the unknown account. */
function accountFor(ctx: ImportContext, rec: Rec, fallback?: string): string {
  if (rec.scope.account || !fallback) return ctx.accountOf(rec)
  return fallback
}
