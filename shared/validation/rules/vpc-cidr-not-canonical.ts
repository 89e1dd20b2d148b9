import type { Resource } from '../../model/kinds'
import { isCanonical, parseCidr } from '../../net/cidr'
import { NameOf } from '../names'
import { defineRule } from '../rule'

type Visit = (field: string, text: string) => void

/** Calls `visit` for every CIDR text a resource holds, with its JSON path (no arrays built: this runs over every resource). */
function eachCidr(r: Resource, visit: Visit): void {
  const list = (name: string, items: readonly string[]) => items.forEach((text, i) => visit(`${name}[${i}]`, text))
  switch (r.kind) {
    case 'vpc':
      visit('cidr', r.cidr)
      list('secondaryCidrs', r.secondaryCidrs)
      list('ipv6Cidrs', r.ipv6Cidrs)
      return
    case 'subnet':
      visit('cidr', r.cidr)
      if (r.ipv6Cidr) visit('ipv6Cidr', r.ipv6Cidr)
      return
    case 'routeTable':
      r.routes.forEach((route, i) => route.destination && visit(`routes[${i}].destination`, route.destination))
      return
    case 'tgwRouteTable':
      r.routes.forEach((route, i) => visit(`routes[${i}].destination`, route.destination))
      return
    case 'prefixList':
      return list('entries', r.entries)
    case 'onPremNetwork':
      return list('cidrs', r.cidrs)
    case 'vpnConnection':
      return list('staticRoutes', r.staticRoutes)
    case 'dxGateway':
      return list('allowedPrefixes', r.allowedPrefixes)
    case 'networkAcl':
      r.ingress.forEach((x, i) => visit(`ingress[${i}].cidr`, x.cidr))
      r.egress.forEach((x, i) => visit(`egress[${i}].cidr`, x.cidr))
      return
  }
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
    for (const r of index.project.resources) {
      eachCidr(r, (field, text) => {
        const c = parseCidr(text)
        // Most CIDRs are written exactly as AWS stores them; only the others need the address parsed again.
        if (!c || c.text === c.canonical || isCanonical(c)) return
        report({
          messageId: 'hostBits',
          target: r.id,
          field,
          data: { resource: NameOf(r).replace(/ \(.*\)$/, ''), cidr: text, canonical: c.canonical },
          fix: `Write ${c.canonical}, or the block you actually meant.`,
        })
      })
    }
  },
})
