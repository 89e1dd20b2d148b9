import { defineRule } from '../rule'

export default defineRule({
  id: 'tgw-appliance-mode',
  meta: {
    severity: 'warning',
    title: 'Multi-AZ inspection VPCs behind a TGW use appliance mode',
    appliesTo: ['tgwVpcAttachment'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-appliance-scenario.html',
  },
  messages: {
    off:
      'Attachment {{attachment}} spans {{zones}} and its subnets route traffic from the TGW through appliance {{appliance}} (route table {{table}}), but appliance mode is off: the two directions of a flow can reach appliances in different AZs and be dropped by the stateful inspection.',
  },
  check({ index, indexes, report }) {
    for (const att of index.all('tgwVpcAttachment')) {
      if (att.applianceMode) continue
      const subnets = att.subnets.map((id) => index.getOf('subnet', id)).filter((s) => s !== undefined)
      const zones = [...new Set(subnets.map((s) => s.az))].sort()
      if (zones.length < 2) continue
      // Traffic arriving from the TGW is routed by the attachment subnets' tables; an appliance there makes this an inspection VPC.
      for (const s of subnets) {
        const table = indexes.routeTableOf(s)
        const targets = table ? indexes.targetsOf(table) : []
        const hit = table?.routes.find((_r, i) => {
          const t = targets[i]
          return (t?.kind === 'workload' && !t.sourceDestCheck) || (t?.kind === 'interfaceEndpoint' && t.endpointType === 'gatewayLoadBalancer')
        })
        if (!table || !hit) continue
        report({
          messageId: 'off',
          target: att.id,
          related: [hit.target, table.id],
          field: 'applianceMode',
          data: { attachment: att.name, zones: zones.join(' and '), appliance: index.get(hit.target)?.name ?? hit.target, table: table.name },
          fix: `Set applianceMode: true on ${att.name}.`,
        })
        break
      }
    }
  },
})
