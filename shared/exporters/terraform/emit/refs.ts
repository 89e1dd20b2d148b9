import type { ResourceOf } from '../../../model'
import type { TfContext } from '../context'

/** Cross-account or cross-Region peerings are accepted by a separate resource in the accepter's provider. */
export function peeringNeedsAccepter(ctx: TfContext, p: ResourceOf<'peeringConnection'>): boolean {
  const requester = ctx.index.getOf('vpc', p.requesterVpc)
  const accepter = ctx.index.getOf('vpc', p.accepterVpc)
  if (!requester || !accepter) return false
  return requester.account !== accepter.account || requester.region !== accepter.region
}

/**
 * The peering connection id as routes should read it: through the accepter when there is one, so
 * routes wait until the connection is active.
 */
export function peeringIdRef(ctx: TfContext, p: ResourceOf<'peeringConnection'>): string {
  return peeringNeedsAccepter(ctx, p) && p.status === 'active'
    ? ctx.ref('aws_vpc_peering_connection_accepter', p.id)
    : ctx.ref('aws_vpc_peering_connection', p.id)
}

/** A managed prefix list id: a data source for AWS-managed lists, the resource for customer lists. */
export function prefixListRef(ctx: TfContext, pl: ResourceOf<'prefixList'>): string {
  return pl.awsService ? `data.${ctx.ref('aws_ec2_managed_prefix_list', pl.id)}` : ctx.ref('aws_ec2_managed_prefix_list', pl.id)
}

/**
 * A transit gateway attachment id as the route tables of `tgwId` see it: undefined when the
 * attachment is not usable there. Peering and cross-account VPC attachments are read through their
 * accepter; VPN and Direct Connect attachments, which AWS creates, from their connection or a data
 * source.
 */
export function tgwAttachmentRef(ctx: TfContext, attachmentId: string, tgwId: string): string | undefined {
  const a = ctx.index.get(attachmentId)
  if (a?.kind === 'tgwVpcAttachment' || a?.kind === 'tgwVpnAttachment' || a?.kind === 'tgwDxAttachment') {
    if (a.transitGateway !== tgwId) return undefined
  }
  switch (a?.kind) {
    case 'tgwVpcAttachment':
      // Across accounts the owner's accepter resource carries the id, so tables wait for acceptance.
      return attachmentIsShared(ctx, a) ? ctx.ref('aws_ec2_transit_gateway_vpc_attachment_accepter', a.id) : ctx.ref('aws_ec2_transit_gateway_vpc_attachment', a.id)
    case 'tgwPeeringAttachment':
      // Either side can associate or route only once the peer accepted: both read the accepter.
      if (a.transitGateway !== tgwId && a.peerTransitGateway !== tgwId) return undefined
      return a.status === 'available' ? ctx.ref('aws_ec2_transit_gateway_peering_attachment_accepter', a.id) : undefined
    case 'tgwVpnAttachment':
      return ctx.index.getOf('vpnConnection', a.vpnConnection) ? ctx.ref('aws_vpn_connection', a.vpnConnection, 'transit_gateway_attachment_id') : undefined
    case 'tgwDxAttachment':
      return `data.${ctx.ref('aws_ec2_transit_gateway_dx_gateway_attachment', a.id)}`
    default:
      return undefined
  }
}

/** Whether a VPC attachment crosses accounts: then the gateway is shared over RAM and accepted by its owner. */
export function attachmentIsShared(ctx: TfContext, a: ResourceOf<'tgwVpcAttachment'>): boolean {
  const vpc = ctx.index.getOf('vpc', a.vpc)
  const tgw = ctx.index.getOf('transitGateway', a.transitGateway)
  return vpc !== undefined && tgw !== undefined && vpc.account !== tgw.account
}
