import { CidrIndex } from '../../net/cidr-index'
import { defineRule } from '../rule'
import { nameOf } from '../names'

export default defineRule({
  id: 'dxgw-vpc-overlap',
  meta: {
    severity: 'error',
    title: 'VPCs behind one Direct Connect gateway do not overlap',
    appliesTo: ['dxGateway', 'vpc'],
    docs: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/virtualgateways.html',
  },
  messages: {
    overlap: 'Direct Connect gateway {{dxgw}} is associated with VGWs of {{a}} and {{b}}, whose blocks {{blockA}} and {{blockB}} overlap; AWS refuses the association.',
  },
  check({ index, indexes, report }) {
    for (const dx of index.all('dxGateway')) {
      const seen = new CidrIndex<string>()
      dx.associations.forEach((id, i) => {
        const vgw = index.getOf('vpnGateway', id)
        const vpc = index.getOf('vpc', vgw?.vpc)
        if (!vgw || !vpc) return
        const blocks = indexes.blocksOf(vpc)
        const all = [...blocks.v4, ...blocks.v6]
        const clash = all.flatMap((c) => seen.overlapping(c).filter((h) => h.value !== vpc.id).map((h) => ({ mine: c, hit: h })))[0]
        if (clash) {
          const other = index.getOf('vpc', clash.hit.value)
          report({ messageId: 'overlap', target: dx.id, related: [vgw.id, vpc.id, clash.hit.value], field: `associations[${i}]`, data: { dxgw: dx.name, a: nameOf(other, clash.hit.value), b: nameOf(vpc), blockA: clash.hit.cidr.canonical, blockB: clash.mine.canonical }, fix: `Associate ${vgw.name} with another Direct Connect gateway, or renumber ${vpc.name}.` })
        }
        for (const c of all) seen.add(c, vpc.id)
      })
    }
  },
})
