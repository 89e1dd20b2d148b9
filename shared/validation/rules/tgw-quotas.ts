import { tgwAttachmentKinds } from '../../model/kinds'
import { defineRule } from '../rule'
import { pushTo } from '../topology'
import { tgwRoutesOf } from '../topology-tgw'

const TGWS_PER_REGION = 5
const TABLES_PER_TGW = 20
const ROUTES_PER_TGW = 10_000
const ATTACHMENTS_PER_TGW = 5_000
const PEERINGS_PER_TGW = 50
const PENDING_PEERINGS_PER_TGW = 10

export default defineRule({
  id: 'tgw-quotas',
  meta: {
    severity: 'warning',
    title: 'Transit gateways stay within quotas',
    appliesTo: ['transitGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html',
  },
  messages: {
    tgwsPerRegion: 'Account {{account}} has {{count}} transit gateways in {{region}}; the default quota is 5 per Region (adjustable).',
    tables: 'Transit gateway {{tgw}} has {{count}} route tables; the default quota is 20 (adjustable).',
    routes: 'Transit gateway {{tgw}} holds {{count}} routes (static and propagated, all tables); the default quota is 10,000 (adjustable).',
    attachments: 'Transit gateway {{tgw}} has {{count}} attachments; AWS allows at most 5,000 (fixed).',
    peerings: 'Transit gateway {{tgw}} has {{count}} {{state}}peering attachments; the default quota is {{limit}} (adjustable).',
  },
  check({ index, indexes, report }) {
    const perRegion = new Map<string, string[]>()
    for (const tgw of index.all('transitGateway')) {
      const key = `${tgw.account}\u0000${tgw.region}`
      pushTo(perRegion, key, tgw.id)
    }
    for (const ids of perRegion.values()) {
      if (ids.length <= TGWS_PER_REGION) continue
      const first = index.getOf('transitGateway', ids[0])!
      report({ messageId: 'tgwsPerRegion', target: ids[TGWS_PER_REGION], related: ids, data: { account: index.get(first.account)?.name ?? first.account, count: ids.length, region: first.region } })
    }
    const tables = new Map<string, number>()
    const routes = new Map<string, number>()
    for (const t of index.all('tgwRouteTable')) {
      tables.set(t.transitGateway, (tables.get(t.transitGateway) ?? 0) + 1)
      routes.set(t.transitGateway, (routes.get(t.transitGateway) ?? 0) + tgwRoutesOf(indexes, t).length)
    }
    const attachments = new Map<string, number>()
    for (const kind of tgwAttachmentKinds) for (const a of index.all(kind)) attachments.set(a.transitGateway, (attachments.get(a.transitGateway) ?? 0) + 1)
    const peerings = new Map<string, number>()
    const pending = new Map<string, number>()
    for (const p of index.all('tgwPeeringAttachment')) {
      for (const t of [p.transitGateway, p.peerTransitGateway]) {
        peerings.set(t, (peerings.get(t) ?? 0) + 1)
        if (p.status === 'pending-acceptance') pending.set(t, (pending.get(t) ?? 0) + 1)
      }
    }
    for (const tgw of index.all('transitGateway')) {
      const data = { tgw: tgw.name }
      if ((peerings.get(tgw.id) ?? 0) > PEERINGS_PER_TGW) report({ messageId: 'peerings', target: tgw.id, data: { ...data, count: peerings.get(tgw.id)!, state: '', limit: PEERINGS_PER_TGW } })
      if ((pending.get(tgw.id) ?? 0) > PENDING_PEERINGS_PER_TGW) report({ messageId: 'peerings', target: tgw.id, data: { ...data, count: pending.get(tgw.id)!, state: 'pending ', limit: PENDING_PEERINGS_PER_TGW } })
      if ((tables.get(tgw.id) ?? 0) > TABLES_PER_TGW) report({ messageId: 'tables', target: tgw.id, data: { ...data, count: tables.get(tgw.id)! } })
      if ((routes.get(tgw.id) ?? 0) > ROUTES_PER_TGW) report({ messageId: 'routes', target: tgw.id, data: { ...data, count: routes.get(tgw.id)!.toLocaleString('en-US') }, fix: 'Summarise routes or request a quota increase.' })
      if ((attachments.get(tgw.id) ?? 0) > ATTACHMENTS_PER_TGW) report({ messageId: 'attachments', severity: 'error', target: tgw.id, data: { ...data, count: attachments.get(tgw.id)!.toLocaleString('en-US') } })
    }
  },
})
