import { defineRule } from '../rule'

export default defineRule({
  id: 'dxgw-association-rules',
  meta: {
    severity: 'error',
    title: 'Direct Connect gateway associations follow AWS rules',
    appliesTo: ['dxGateway', 'vpnGateway'],
    docs: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html',
  },
  messages: {
    mixed: 'Direct Connect gateway {{dxgw}} is associated with transit gateway {{tgw}} and virtual private gateway {{vgw}}; a DX gateway serves either transit gateways or VGWs, not both.',
    vgwTwice: 'Virtual private gateway {{vgw}} is associated with Direct Connect gateways {{first}} and {{dxgw}}; a VGW can be associated with one DX gateway only.',
    detached: 'Direct Connect gateway {{dxgw}} is associated with virtual private gateway {{vgw}}, which is not attached to a VPC.',
  },
  check({ index, report }) {
    const vgwOwner = new Map<string, string>()
    for (const dx of index.all('dxGateway')) {
      const tgw = dx.associations.map((id) => index.getOf('transitGateway', id)).find((t) => t !== undefined)
      const tgwAttached = index.all('tgwDxAttachment').find((a) => a.dxGateway === dx.id)
      const tgwName = tgw?.name ?? (tgwAttached ? (index.get(tgwAttached.transitGateway)?.name ?? tgwAttached.transitGateway) : undefined)
      dx.associations.forEach((id, i) => {
        const vgw = index.getOf('vpnGateway', id)
        if (!vgw) return
        const field = `associations[${i}]`
        if (tgwName) report({ messageId: 'mixed', target: dx.id, related: [vgw.id, ...(tgw ? [tgw.id] : [])], field, data: { dxgw: dx.name, tgw: tgwName, vgw: vgw.name }, fix: `Use a separate Direct Connect gateway for ${vgw.name}.` })
        const first = vgwOwner.get(vgw.id)
        if (first && first !== dx.id) report({ messageId: 'vgwTwice', target: dx.id, related: [vgw.id, first], field, data: { vgw: vgw.name, first: index.get(first)?.name ?? first, dxgw: dx.name } })
        else vgwOwner.set(vgw.id, dx.id)
        if (!vgw.vpc) report({ messageId: 'detached', target: dx.id, related: [vgw.id], field, data: { dxgw: dx.name, vgw: vgw.name }, fix: `Attach ${vgw.name} to a VPC or remove the association.` })
      })
    }
  },
})
