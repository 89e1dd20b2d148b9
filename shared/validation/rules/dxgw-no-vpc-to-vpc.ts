import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrContains, cidrOf, overlapsVpc } from '../topology'

export default defineRule({
  id: 'dxgw-no-vpc-to-vpc',
  meta: {
    severity: 'error',
    title: 'A Direct Connect gateway does not carry VPC-to-VPC traffic',
    appliesTo: ['routeTable', 'dxGateway'],
    docs: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/direct-connect-gateways-intro.html',
  },
  messages: {
    vpcToVpc: 'Route table {{table}} sends {{destination}} to virtual private gateway {{vgw}}, expecting Direct Connect gateway {{dxgw}} to reach {{other}}; a DX gateway does not route between its associated VPCs.',
    supernet:
      'Route table {{table}} sends {{destination}} to virtual private gateway {{vgw}} to reach {{other}} through Direct Connect gateway {{dxgw}}; this works only because on-premises advertises the supernet {{supernet}} over the same virtual interface (hairpin through the Direct Connect location).',
  },
  check({ index, indexes, report }) {
    for (const dx of index.all('dxGateway')) {
      const members = dx.associations.map((id) => index.getOf('vpnGateway', id)).filter((g) => g !== undefined).map((g) => ({ vgw: g, vpc: index.getOf('vpc', g.vpc) })).filter((m) => m.vpc !== undefined)
      if (members.length < 2) continue
      const onPrem = dx.onPremNetworks.flatMap((id) => index.getOf('onPremNetwork', id)?.cidrs ?? []).map(cidrOf).filter((c) => c !== null)
      for (const { vgw, vpc } of members) {
        for (const site of indexes.routesTo(vgw.id)) {
          const d = cidrOf(site.route.destination)
          if (!d || site.table.vpc !== vpc!.id) continue
          for (const other of members) {
            if (other.vpc!.id === vpc!.id || !overlapsVpc(indexes, other.vpc!, d)) continue
            const blocks = indexes.blocksOf(other.vpc!).v4
            const supernet = onPrem.find((c) => blocks.length > 0 && blocks.every((b) => cidrContains(c, b)))
            report({
              messageId: supernet ? 'supernet' : 'vpcToVpc',
              severity: supernet ? 'warning' : 'error',
              target: site.table.id,
              related: [vgw.id, dx.id, other.vpc!.id],
              field: `routes[${site.index}].destination`,
              data: { table: site.table.name, destination: d.canonical, vgw: vgw.name, dxgw: dx.name, other: nameOf(other.vpc), supernet: supernet?.canonical ?? '' },
              fix: `Connect ${vpc!.name} and ${other.vpc!.name} with peering or a transit gateway.`,
            })
          }
        }
      }
    }
  },
})
