import type { Cidr } from '../../net/cidr'
import { defineRule } from '../rule'
import { nameOf } from '../names'
import { cidrsOverlap, overlapsVpc } from '../topology'
import { type TgwRouteEntry, tgwRoutesOf, tgwTableFor, vpcAttachment } from '../topology-tgw'

export default defineRule({
  id: 'tgw-vpc-route',
  meta: {
    severity: 'error',
    title: 'VPC route tables send TGW-reachable prefixes to an attached TGW',
    appliesTo: ['routeTable', 'tgwVpcAttachment'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html',
  },
  messages: {
    notAttached: 'Route table {{table}} sends {{destination}} to transit gateway {{tgw}}, but {{vpc}} has no attachment to it: AWS rejects the route.',
    unrouted:
      'Transit gateway {{tgw}} routes {{prefixes}} for {{vpc}} (table {{tgwTable}}), but no route table of {{vpcName}} used by a subnet sends them to the TGW: the TGW never adds routes to VPC tables, so that traffic never enters it.',
  },
  check({ index, indexes, report }) {
    for (const tgw of index.all('transitGateway')) {
      for (const site of indexes.routesTo(tgw.id)) {
        if (vpcAttachment(indexes, site.table.vpc, tgw.id)) continue
        const vpc = index.getOf('vpc', site.table.vpc)
        report({
          messageId: 'notAttached',
          target: site.table.id,
          related: [tgw.id, site.table.vpc],
          field: `routes[${site.index}].target`,
          data: { table: site.table.name, destination: site.route.destination ?? site.route.destinationPrefixList ?? '', tgw: tgw.name, vpc: nameOf(vpc, site.table.vpc) },
          fix: `Attach ${vpc?.name ?? site.table.vpc} to ${tgw.name} first.`,
        })
      }
    }
    // Most attachments send the same summary (e.g. 10.0.0.0/8) to the TGW: compute the uncovered TGW routes once per table and summary.
    const uncoveredBy = new Map<string, TgwRouteEntry[]>()
    for (const att of index.all('tgwVpcAttachment')) {
      const vpc = index.getOf('vpc', att.vpc)
      const tgwTable = tgwTableFor(indexes, att.id, att.transitGateway)
      if (!vpc || !tgwTable) continue
      // Destinations this VPC may send to the TGW, by the routes of its tables that subnets use.
      const toTgw: Cidr[] = []
      for (const table of index.childrenOf(vpc.id, 'routeTable')) {
        if (indexes.subnetsUsing(table.id).length === 0) continue
        const dests = indexes.destinationsOf(table)
        for (let i = 0; i < dests.length; i++) {
          const d = dests[i]
          if (d && table.routes[i].target === att.transitGateway) toTgw.push(d)
        }
      }
      // Usually a single summary route: its text is the key, without sorting and joining a list.
      const summary = toTgw.length === 1 ? toTgw[0].canonical : toTgw.map((d) => d.canonical).sort().join(',')
      const key = `${tgwTable.id}\u0000${summary}`
      let uncovered = uncoveredBy.get(key)
      if (!uncovered) {
        uncovered = tgwRoutesOf(indexes, tgwTable).filter((r) => r.target !== 'blackhole' && !toTgw.some((d) => cidrsOverlap(d, r.destination)))
        uncoveredBy.set(key, uncovered)
      }
      const missing: string[] = []
      for (const r of uncovered) {
        if (r.target === att.id || overlapsVpc(indexes, vpc, r.destination) || missing.includes(r.destination.canonical)) continue
        missing.push(r.destination.canonical)
      }
      if (missing.length === 0) continue
      const tgw = index.getOf('transitGateway', att.transitGateway)
      const shown = missing.length > 3 ? `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more` : missing.join(', ')
      report({
        messageId: 'unrouted',
        severity: 'warning',
        target: att.id,
        related: [tgwTable.id, vpc.id],
        data: { tgw: tgw?.name ?? att.transitGateway, prefixes: shown, vpc: nameOf(vpc), vpcName: vpc.name, tgwTable: tgwTable.name },
        fix: `Add routes such as ${missing[0]} → ${tgw?.name ?? att.transitGateway} to the route tables of ${vpc.name}'s subnets that need them.`,
      })
    }
  },
})
