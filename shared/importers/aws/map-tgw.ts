import { isCidr } from '../../net/cidr'
import { type Draft, type ImportContext, naming } from './context'
import { type Rec, enabled, num, obj, objs, str, strs } from './record'
import { goneReason } from './states'

export function mapTransitGateways(ctx: ImportContext): void {
  for (const rec of ctx.records('TransitGateways')) {
    const t = rec.value
    const tgwId = t.TransitGatewayId as string
    if (!ctx.claim(tgwId, rec)) continue
    const gone = goneReason(str(t, 'State'))
    if (gone) {
      ctx.skip(rec, tgwId, gone)
      continue
    }
    const o = obj(t, 'Options')
    const asn = num(o, 'AmazonSideAsn')
    ctx.add(tgwId, rec, {
      kind: 'transitGateway',
      ...naming(t, tgwId),
      account: ctx.accountOf(rec),
      region: rec.scope.region,
      ...(asn !== undefined && asn >= 1 && asn <= 4294967294 ? { amazonSideAsn: asn } : {}),
      defaultRouteTableAssociation: enabled(o, 'DefaultRouteTableAssociation') ?? false,
      defaultRouteTablePropagation: enabled(o, 'DefaultRouteTablePropagation') ?? false,
      dnsSupport: enabled(o, 'DnsSupport') ?? true,
      vpnEcmpSupport: enabled(o, 'VpnEcmpSupport') ?? true,
      securityGroupReferencing: enabled(o, 'SecurityGroupReferencingSupport') ?? false,
    })
  }
  for (const rec of ctx.records('TransitGatewayRouteTables')) {
    const t = rec.value
    const rtId = t.TransitGatewayRouteTableId as string
    if (!ctx.claim(rtId, rec)) continue
    const gone = goneReason(str(t, 'State'))
    const tgw = ctx.get(t.TransitGatewayId as string, 'transitGateway')
    if (gone) ctx.skip(rec, rtId, gone)
    else if (!tgw) ctx.skip(rec, rtId, `its transit gateway ${t.TransitGatewayId as string} is not in the imported data`)
    else ctx.add(rtId, rec, { kind: 'tgwRouteTable', ...naming(t, rtId), transitGateway: tgw.id, associations: [], propagations: [], routes: [] })
  }
  // The default table is known only once tables exist.
  for (const rec of ctx.records('TransitGateways')) {
    const tgw = ctx.get(rec.value.TransitGatewayId as string, 'transitGateway')
    const table = ctx.get(str(obj(rec.value, 'Options'), 'AssociationDefaultRouteTableId'), 'tgwRouteTable')
    if (tgw && table && !tgw.defaultRouteTable) tgw.defaultRouteTable = table.id
  }
}

const attachmentKinds = ['tgwVpcAttachment', 'tgwPeeringAttachment', 'tgwVpnAttachment'] as const

interface Views {
  generic: Rec[]
  vpc: Rec[]
  peering: Rec[]
}

/**
 * Attachments, from describe-transit-gateway-attachments (every type, with its association) and the
 * per-type describe calls (subnets of VPC attachments, both sides of peerings). One attachment may
 * appear in several files and in both accounts; it becomes one resource.
 */
export function mapTgwAttachments(ctx: ImportContext): void {
  const views = new Map<string, Views>()
  const view = (id: string) => views.get(id) ?? (views.set(id, { generic: [], vpc: [], peering: [] }).get(id) as Views)
  for (const rec of ctx.records('TransitGatewayAttachments')) view(rec.value.TransitGatewayAttachmentId as string).generic.push(rec)
  for (const rec of ctx.records('TransitGatewayVpcAttachments')) view(rec.value.TransitGatewayAttachmentId as string).vpc.push(rec)
  for (const rec of ctx.records('TransitGatewayPeeringAttachments')) view(rec.value.TransitGatewayAttachmentId as string).peering.push(rec)
  for (const [id, v] of views) {
    const all = [...v.vpc, ...v.peering, ...v.generic]
    const first = all[0]
    const goneRec = all.find((r) => goneReason(str(r.value, 'State')))
    if (goneRec) {
      ctx.skip(goneRec, id, goneReason(str(goneRec.value, 'State'))!)
      continue
    }
    const type = str(v.generic[0]?.value, 'ResourceType') ?? (v.vpc.length ? 'vpc' : 'peering')
    const made = type === 'vpc' ? vpcAttachment(ctx, id, v) : type === 'peering' ? peeringAttachment(ctx, id, v) : type === 'vpn' ? vpnAttachment(ctx, id, v.generic[0]) : undefined
    if (type !== 'vpc' && type !== 'peering' && type !== 'vpn') ctx.skip(first, id, `${type} attachments are not part of the imported model`)
    if (!made) continue
    const primary = type === 'vpc' ? (v.vpc[0] ?? v.generic[0]) : type === 'peering' ? (v.peering[0] ?? v.generic[0]) : v.generic[0]
    for (const r of all) {
      const sameAccountView = r.file === primary.file || (r.scope.account ?? '') === (primary.scope.account ?? '')
      if (r !== primary && !sameAccountView) ctx.report.merged.push({ ...ctx.src(r), item: id, reason: `same attachment as ${primary.file} ${ctx.src(primary).path}, seen from the other account` })
    }
  }
  associations(ctx)
}

/**
 * A VPC attachment, from describe-transit-gateway-vpc-attachments. Without that output, its subnets
 * are read from the interfaces AWS puts in them ("Network Interface for Transit Gateway Attachment
 * tgw-attach-…" in describe-network-interfaces), and the report says so.
 */
function vpcAttachment(ctx: ImportContext, id: string, v: Views): Draft | undefined {
  const rec = v.vpc[0] ?? v.generic[0]
  const a = v.vpc[0]?.value
  const tgwId = rec.value.TransitGatewayId as string
  const vpcId = str(a, 'VpcId') ?? str(rec.value, 'ResourceId') ?? '?'
  const tgw = ctx.get(tgwId, 'transitGateway')
  const vpc = ctx.get(vpcId, 'vpc')
  const subnetIds = a ? strs(a, 'SubnetIds') : attachmentInterfaceSubnets(ctx, id)
  const subnets = [...new Set(subnetIds.map((s) => ctx.get(s, 'subnet')?.id).filter((s): s is string => s !== undefined))]
  if (!tgw) return void ctx.skip(rec, id, `its transit gateway ${tgwId} is not in the imported data`)
  if (!vpc) return void ctx.skip(rec, id, `its VPC ${vpcId} is not in the imported data`)
  if (subnets.length === 0) {
    return void ctx.skip(rec, id, a ? 'none of its subnets is in the imported data' : 'its subnets are unknown: add describe-transit-gateway-vpc-attachments output')
  }
  if (!a) ctx.assume(rec, id, `subnets ${subnets.join(', ')} read from the attachment's network interfaces (no describe-transit-gateway-vpc-attachments output)`)
  const o = obj(a, 'Options')
  return ctx.add(id, rec, {
    kind: 'tgwVpcAttachment',
    ...naming(a ?? rec.value, naming(v.generic[0]?.value ?? rec.value, id).name),
    transitGateway: tgw.id,
    vpc: vpc.id,
    subnets,
    applianceMode: enabled(o, 'ApplianceModeSupport') ?? false,
    ipv6: enabled(o, 'Ipv6Support') ?? false,
    securityGroupReferencing: enabled(o, 'SecurityGroupReferencingSupport') ?? true,
  })
}

function attachmentInterfaceSubnets(ctx: ImportContext, attachmentId: string): string[] {
  return ctx
    .records('NetworkInterfaces')
    .filter((r) => str(r.value, 'InterfaceType') === 'transit_gateway' && (str(r.value, 'Description') ?? '').endsWith(attachmentId))
    .map((r) => str(r.value, 'SubnetId'))
    .filter((s): s is string => s !== undefined)
}

/**
 * A peering attachment. describe-transit-gateway-peering-attachments names requester and accepter;
 * describe-transit-gateway-attachments only shows each account's own side, so without the former
 * the first copy read (in file order) is taken as the requester.
 */
function peeringAttachment(ctx: ImportContext, id: string, v: Views): Draft | undefined {
  const p = v.peering[0]
  const g = v.generic[0]
  const rec = p ?? g
  const requester = p ? str(obj(p.value, 'RequesterTgwInfo'), 'TransitGatewayId') : str(g.value, 'TransitGatewayId')
  const accepter = p ? str(obj(p.value, 'AccepterTgwInfo'), 'TransitGatewayId') : str(g.value, 'ResourceId')
  const tgw = ctx.get(requester, 'transitGateway')
  const peer = ctx.get(accepter, 'transitGateway')
  if (!tgw || !peer) return void ctx.skip(rec, id, `transit gateway ${!tgw ? requester : accepter} is not in the imported data (import both accounts' folders)`)
  const state = str(rec.value, 'State')
  return ctx.add(id, rec, {
    kind: 'tgwPeeringAttachment',
    ...naming(rec.value, id),
    transitGateway: tgw.id,
    peerTransitGateway: peer.id,
    status: state === 'pendingAcceptance' || state === 'pending-acceptance' || state === 'initiatingRequest' ? 'pending-acceptance' : 'available',
  })
}

function vpnAttachment(ctx: ImportContext, id: string, rec: Rec): Draft | undefined {
  const tgw = ctx.get(rec.value.TransitGatewayId as string, 'transitGateway')
  const vpn = ctx.get(str(rec.value, 'ResourceId'), 'vpnConnection')
  if (!tgw || !vpn) return void ctx.skip(rec, id, `${!tgw ? `transit gateway ${rec.value.TransitGatewayId as string}` : `VPN connection ${str(rec.value, 'ResourceId') ?? '?'}`} is not in the imported data`)
  return ctx.add(id, rec, { kind: 'tgwVpnAttachment', ...naming(rec.value, id), transitGateway: tgw.id, vpnConnection: vpn.id })
}

/** Each side's association of an attachment, from describe-transit-gateway-attachments. */
function associations(ctx: ImportContext): void {
  for (const rec of ctx.records('TransitGatewayAttachments')) {
    const assoc = obj(rec.value, 'Association')
    if (!assoc || goneReason(str(assoc, 'State'))) continue
    const attachment = ctx.get(rec.value.TransitGatewayAttachmentId as string, ...attachmentKinds)
    const table = ctx.get(str(assoc, 'TransitGatewayRouteTableId'), 'tgwRouteTable')
    if (!attachment || !table) continue
    const list = table.associations as string[]
    if (!list.includes(attachment.id)) list.push(attachment.id)
  }
}

/** Propagations and static routes of TGW route tables (the wrapped get-/search- outputs docs/import.md describes). */
export function mapTgwRoutes(ctx: ImportContext): void {
  for (const rec of ctx.records('TransitGatewayPropagations')) {
    const table = ctx.get(rec.value.TransitGatewayRouteTableId as string, 'tgwRouteTable')
    if (!table) {
      ctx.skip(rec, rec.value.TransitGatewayRouteTableId as string, 'propagations of a route table that is not in the imported data')
      continue
    }
    for (const [p, i] of objs(rec.value, 'TransitGatewayRouteTablePropagations')) {
      const attachmentId = str(p, 'TransitGatewayAttachmentId') ?? '?'
      const attachment = ctx.get(attachmentId, ...attachmentKinds)
      const list = table.propagations as string[]
      if (str(p, 'State') !== undefined && str(p, 'State') !== 'enabled') ctx.skip(rec, `propagation of ${attachmentId}`, `state is ${str(p, 'State')}`, ['TransitGatewayRouteTablePropagations', i])
      else if (!attachment) ctx.skip(rec, `propagation of ${attachmentId}`, 'the attachment is not in the imported data', ['TransitGatewayRouteTablePropagations', i])
      else if (!list.includes(attachment.id)) list.push(attachment.id)
    }
  }
  for (const rec of ctx.records('TransitGatewayStaticRoutes')) {
    const table = ctx.get(rec.value.TransitGatewayRouteTableId as string, 'tgwRouteTable')
    if (!table) {
      ctx.skip(rec, rec.value.TransitGatewayRouteTableId as string, 'routes of a route table that is not in the imported data')
      continue
    }
    const routes = table.routes as { destination: string; target: string }[]
    for (const [r, i] of objs(rec.value, 'Routes')) {
      const destination = str(r, 'DestinationCidrBlock')
      const item = `${table.id} route ${destination ?? str(r, 'PrefixListId') ?? '?'}`
      const at = ['Routes', i]
      const attachments = objs(r, 'TransitGatewayAttachments').map(([a]) => str(a, 'TransitGatewayAttachmentId'))
      const target = ctx.get(attachments[0], ...attachmentKinds)
      const gone = goneReason(str(r, 'State'))
      if (str(r, 'Type') === 'propagated') ctx.skip(rec, item, 'propagated route: the table\'s propagations produce it', at)
      else if (!destination || !isCidr(destination)) ctx.skip(rec, item, 'only CIDR destinations are imported (prefix-list references are not)', at)
      else if (routes.some((x) => x.destination === destination)) continue
      else if (str(r, 'State') === 'blackhole') routes.push({ destination, target: 'blackhole' })
      else if (gone) ctx.skip(rec, item, gone, at)
      else if (!target) ctx.skip(rec, item, `its attachment ${attachments[0] ?? '?'} is not in the imported data`, at)
      else {
        routes.push({ destination, target: target.id })
        if (attachments.length > 1) ctx.skip(rec, `${item} (ECMP)`, `only the first of ${attachments.length} attachments is kept`, at)
      }
    }
  }
}
