import type { ResourceOf } from '../../../model'
import { type BodyItem, attr, attrs, blank, block, raw } from '../hcl/ast'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { peeringIdRef, peeringNeedsAccepter } from './refs'

const FILE = 'peering.tf'

/** VPC peering: the request, the accepter across accounts or Regions, and the DNS options of each side. */
export function emitPeering(ctx: TfContext): void {
  for (const p of ctx.index.all('peeringConnection')) {
    const requester = ctx.index.getOf('vpc', p.requesterVpc)
    const accepter = ctx.index.getOf('vpc', p.accepterVpc)
    if (!requester || !accepter) {
      ctx.leftOut.push(`${describe(p)}: one of its VPCs is missing from the design.`)
      continue
    }
    ctx.section(FILE, `Peering ${p.name} (${p.id})`, peeringItems(ctx, p, requester, accepter))
  }
}

function peeringItems(ctx: TfContext, p: ResourceOf<'peeringConnection'>, requester: ResourceOf<'vpc'>, accepter: ResourceOf<'vpc'>): BodyItem[] {
  const cross = peeringNeedsAccepter(ctx, p)
  const active = p.status === 'active'
  const accepterAccount = ctx.index.getOf('account', accepter.account)
  const items = resourceBlock(p, 'aws_vpc_peering_connection', ctx.label('aws_vpc_peering_connection', p.id), [
    ...ctx.placement(requester),
    ...attrs([
      ['vpc_id', raw(ctx.ref('aws_vpc', requester.id))],
      ['peer_vpc_id', raw(ctx.ref('aws_vpc', accepter.id))],
      ['peer_owner_id', requester.account !== accepter.account ? accepterAccount?.accountId : undefined],
      ['peer_region', requester.region !== accepter.region ? accepter.region : undefined],
      // One account and Region: the request accepts itself.
      ['auto_accept', cross ? undefined : active],
    ]),
    blank,
    tagsAttr(p),
  ])
  if (cross && active) {
    items.push(
      ...resourceBlock(undefined, 'aws_vpc_peering_connection_accepter', ctx.label('aws_vpc_peering_connection_accepter', p.id), [
        ...ctx.placement(accepter),
        attr('vpc_peering_connection_id', raw(ctx.ref('aws_vpc_peering_connection', p.id))),
        attr('auto_accept', true),
        blank,
        tagsAttr(p),
      ]),
    )
  }
  if (!active) ctx.notes.push(`${describe(p)} is pending acceptance in the design, so nothing accepts it; accept it in the accepter's account when ready.`)
  if (!p.allowRemoteDnsResolution) return items
  if (!active) {
    ctx.leftOut.push(`${describe(p)}: DNS resolution options (they can only be set once the connection is active).`)
    return items
  }
  const dns = [attr('allow_remote_vpc_dns_resolution', true)]
  const id = raw(peeringIdRef(ctx, p))
  if (!cross) {
    items.push(
      ...resourceBlock(undefined, 'aws_vpc_peering_connection_options', ctx.label('aws_vpc_peering_connection_options', p.id), [
        ...ctx.placement(requester),
        attr('vpc_peering_connection_id', id),
        blank,
        block('requester', [], dns),
        blank,
        block('accepter', [], dns),
      ]),
    )
    return items
  }
  // Across accounts each side sets its own option, with its own credentials.
  for (const [side, vpc] of [['requester', requester], ['accepter', accepter]] as const) {
    items.push(
      ...resourceBlock(undefined, 'aws_vpc_peering_connection_options', ctx.label('aws_vpc_peering_connection_options', p.id, `_${side}`), [
        ...ctx.placement(vpc),
        attr('vpc_peering_connection_id', id),
        blank,
        block(side, [], dns),
      ]),
    )
  }
  return items
}
