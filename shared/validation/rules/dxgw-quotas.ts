import { defineRule } from '../rule'
import { cidrOf, pushTo } from '../topology'

const VGWS_PER_DXGW = 20
const TGWS_PER_DXGW = 6
const DXGWS_PER_ACCOUNT = 200
const DXGWS_PER_TGW = 20
const PREFIXES_FROM_ON_PREM = 100
const PREFIXES_TO_ON_PREM = 200

export default defineRule({
  id: 'dxgw-quotas',
  meta: {
    severity: 'warning',
    title: 'Direct Connect gateways stay within quotas',
    appliesTo: ['dxGateway', 'transitGateway'],
    docs: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/limits.html',
  },
  messages: {
    vgws: 'Direct Connect gateway {{dxgw}} is associated with {{count}} virtual private gateways; the maximum is 20 (fixed).',
    tgws: 'Direct Connect gateway {{dxgw}} is associated with {{count}} transit gateways; the maximum is 6 (fixed).',
    perAccount: 'Account {{account}} has {{count}} Direct Connect gateways; the default quota is 200.',
    perTgw: 'Transit gateway {{tgw}} is associated with {{count}} Direct Connect gateways; the maximum is 20 (fixed).',
    fromOnPrem: 'On-premises networks behind Direct Connect gateway {{dxgw}} advertise {{count}} IPv{{family}} prefixes; a private or transit VIF accepts at most 100 per family (fixed) before its BGP session goes idle.',
    toOnPrem: 'Direct Connect gateway {{dxgw}} advertises {{count}} allowed prefixes to on-premises; the maximum for transit gateway associations is 200 (fixed).',
  },
  check({ index, report }) {
    const perAccount = new Map<string, string[]>()
    const perTgw = new Map<string, Set<string>>()
    const addTgw = (tgw: string, dx: string) => perTgw.set(tgw, (perTgw.get(tgw) ?? new Set()).add(dx))
    for (const a of index.all('tgwDxAttachment')) addTgw(a.transitGateway, a.dxGateway)
    for (const dx of index.all('dxGateway')) {
      pushTo(perAccount, dx.account, dx.id)
      const kinds = dx.associations.map((id) => index.get(id)?.kind)
      const vgws = kinds.filter((k) => k === 'vpnGateway').length
      const tgws = new Set([...dx.associations.filter((id) => index.get(id)?.kind === 'transitGateway'), ...index.all('tgwDxAttachment').filter((a) => a.dxGateway === dx.id).map((a) => a.transitGateway)])
      for (const t of tgws) addTgw(t, dx.id)
      if (vgws > VGWS_PER_DXGW) report({ messageId: 'vgws', target: dx.id, field: 'associations', data: { dxgw: dx.name, count: vgws } })
      if (tgws.size > TGWS_PER_DXGW) report({ messageId: 'tgws', target: dx.id, field: 'associations', data: { dxgw: dx.name, count: tgws.size } })
      const prefixes = dx.onPremNetworks.flatMap((id) => index.getOf('onPremNetwork', id)?.cidrs ?? []).map(cidrOf)
      for (const family of [4, 6] as const) {
        const count = prefixes.filter((c) => c?.family === family).length
        if (count > PREFIXES_FROM_ON_PREM) report({ messageId: 'fromOnPrem', target: dx.id, field: 'onPremNetworks', data: { dxgw: dx.name, count, family }, fix: 'Advertise summaries from on-premises.' })
      }
      if (dx.allowedPrefixes.length > PREFIXES_TO_ON_PREM) report({ messageId: 'toOnPrem', target: dx.id, field: 'allowedPrefixes', data: { dxgw: dx.name, count: dx.allowedPrefixes.length } })
    }
    for (const [account, ids] of perAccount) {
      if (ids.length > DXGWS_PER_ACCOUNT) report({ messageId: 'perAccount', target: ids[DXGWS_PER_ACCOUNT], data: { account: index.get(account)?.name ?? account, count: ids.length } })
    }
    for (const [tgw, dxs] of perTgw) {
      if (dxs.size > DXGWS_PER_TGW && index.get(tgw)) report({ messageId: 'perTgw', target: tgw, related: [...dxs].slice(0, 10), data: { tgw: index.get(tgw)!.name, count: dxs.size } })
    }
  },
})
