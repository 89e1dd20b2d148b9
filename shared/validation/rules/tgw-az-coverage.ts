import { defineRule } from '../rule'
import { nameOf } from '../names'
import { vpcAttachment } from '../topology-tgw'

export default defineRule({
  id: 'tgw-az-coverage',
  meta: {
    severity: 'warning',
    title: "Subnets routing to a TGW sit in an AZ of the VPC's attachment",
    appliesTo: ['subnet', 'tgwVpcAttachment'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html',
  },
  messages: {
    uncovered:
      '{{subnet}} in {{az}} uses route table {{table}}, which sends {{destination}} to transit gateway {{tgw}}, but attachment {{attachment}} has no subnet in {{az}} (only {{zones}}): that traffic is dropped.',
  },
  check({ index, indexes, report }) {
    // AZs of each attachment, built once: every table of the attachment's VPC that routes to the TGW asks.
    const zonesOf = new Map<string, ReadonlySet<string>>()
    for (const tgw of index.all('transitGateway')) {
      const seen = new Set<string>()
      for (const site of indexes.routesTo(tgw.id)) {
        if (seen.has(site.table.id)) continue
        seen.add(site.table.id)
        const att = vpcAttachment(indexes, site.table.vpc, tgw.id)
        if (!att) continue
        // Attachment subnets of one VPC share an account, so AZ names compare correctly here.
        let zones = zonesOf.get(att.id)
        if (!zones) {
          zones = new Set(att.subnets.map((id) => index.getOf('subnet', id)?.az).filter((z): z is string => z !== undefined))
          zonesOf.set(att.id, zones)
        }
        for (const s of indexes.subnetsUsing(site.table.id)) {
          if (zones.has(s.az)) continue
          report({
            messageId: 'uncovered',
            target: s.id,
            related: [att.id, site.table.id, tgw.id],
            field: 'az',
            data: { subnet: nameOf(s), az: s.az, table: site.table.name, destination: site.route.destination ?? site.route.destinationPrefixList ?? '', tgw: tgw.name, attachment: att.name, zones: [...zones].sort().join(', ') || 'none' },
            fix: `Add a subnet of ${s.az} to attachment ${att.name}.`,
          })
        }
      }
    }
  },
})
