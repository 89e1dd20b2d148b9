import type { Resource } from '../../model/kinds'
import { isCanonical, parseCidr } from '../../net/cidr'
import { NameOf } from '../names'
import { defineRule } from '../rule'

/**
 * Receives one CIDR text with its JSON path in parts: `name` alone when `i` is -1, else `name[i]suffix`.
 * The path is joined only for a finding, since this runs over every CIDR of the design and almost all are fine.
 */
type Visit = (r: Resource, text: string, name: string, i: number, suffix?: string) => void

/** Calls `visit` for every CIDR text a resource holds (no arrays or strings built: this runs over every resource). */
function eachCidr(r: Resource, visit: Visit): void {
  switch (r.kind) {
    case 'vpc':
      visit(r, r.cidr, 'cidr', -1)
      list(r, r.secondaryCidrs, 'secondaryCidrs', visit)
      list(r, r.ipv6Cidrs, 'ipv6Cidrs', visit)
      return
    case 'subnet':
      visit(r, r.cidr, 'cidr', -1)
      if (r.ipv6Cidr) visit(r, r.ipv6Cidr, 'ipv6Cidr', -1)
      return
    case 'routeTable':
      for (let i = 0; i < r.routes.length; i++) {
        const d = r.routes[i].destination
        if (d) visit(r, d, 'routes', i, '.destination')
      }
      return
    case 'tgwRouteTable':
      for (let i = 0; i < r.routes.length; i++) visit(r, r.routes[i].destination, 'routes', i, '.destination')
      return
    case 'prefixList':
      return list(r, r.entries, 'entries', visit)
    case 'onPremNetwork':
      return list(r, r.cidrs, 'cidrs', visit)
    case 'vpnConnection':
      return list(r, r.staticRoutes, 'staticRoutes', visit)
    case 'dxGateway':
      return list(r, r.allowedPrefixes, 'allowedPrefixes', visit)
    case 'networkAcl':
      for (let i = 0; i < r.ingress.length; i++) visit(r, r.ingress[i].cidr, 'ingress', i, '.cidr')
      for (let i = 0; i < r.egress.length; i++) visit(r, r.egress[i].cidr, 'egress', i, '.cidr')
      return
  }
}

function list(r: Resource, items: readonly string[], name: string, visit: Visit): void {
  for (let i = 0; i < items.length; i++) visit(r, items[i], name, i)
}

export default defineRule({
  id: 'vpc-cidr-not-canonical',
  meta: {
    severity: 'warning',
    title: 'CIDRs are written as network addresses (no host bits set)',
    appliesTo: ['vpc', 'subnet', 'routeTable', 'tgwRouteTable', 'prefixList', 'onPremNetwork', 'vpnConnection', 'dxGateway', 'networkAcl'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    hostBits: '{{resource}}: {{cidr}} has host bits set; AWS stores it as {{canonical}}, which may not be the range you meant.',
  },
  check({ index, report }) {
    // One visitor for the whole run, not a closure per resource.
    const visit: Visit = (r, text, name, i, suffix = '') => {
      const c = parseCidr(text)
      // Most CIDRs are written exactly as AWS stores them; only the others need the address parsed again.
      if (!c || c.text === c.canonical || isCanonical(c)) return
      report({
        messageId: 'hostBits',
        target: r.id,
        field: i < 0 ? name : `${name}[${i}]${suffix}`,
        data: { resource: NameOf(r).replace(/ \(.*\)$/, ''), cidr: text, canonical: c.canonical },
        fix: `Write ${c.canonical}, or the block you actually meant.`,
      })
    }
    for (const r of index.project.resources) eachCidr(r, visit)
  },
})
