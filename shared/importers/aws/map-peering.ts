import { type ImportContext, naming } from './context'
import { bool, obj, str } from './record'
import { goneReason } from './states'

/** VPC peering connections; a cross-account peering listed by both accounts becomes one resource. */
export function mapPeerings(ctx: ImportContext): void {
  for (const rec of ctx.records('VpcPeeringConnections')) {
    const p = rec.value
    const pcxId = p.VpcPeeringConnectionId as string
    if (!ctx.claim(pcxId, rec)) continue
    const code = str(obj(p, 'Status'), 'Code')
    const gone = goneReason(code)
    if (gone) {
      ctx.skip(rec, pcxId, gone)
      continue
    }
    const requester = obj(p, 'RequesterVpcInfo')
    const accepter = obj(p, 'AccepterVpcInfo')
    const a = ctx.get(str(requester, 'VpcId'), 'vpc')
    const b = ctx.get(str(accepter, 'VpcId'), 'vpc')
    if (!a || !b) {
      const missing = !a ? requester : accepter
      ctx.skip(rec, pcxId, `VPC ${str(missing, 'VpcId') ?? '?'} (account ${str(missing, 'OwnerId') ?? '?'}) is not in the imported data`)
      continue
    }
    const dns = (info: typeof requester) => bool(obj(info, 'PeeringOptions'), 'AllowDnsResolutionFromRemoteVpc') === true
    ctx.add(pcxId, rec, {
      kind: 'peeringConnection',
      ...naming(p, pcxId),
      requesterVpc: a.id,
      accepterVpc: b.id,
      status: code === 'pending-acceptance' || code === 'initiating-request' ? 'pending-acceptance' : 'active',
      allowRemoteDnsResolution: dns(requester) || dns(accepter),
    })
  }
}
