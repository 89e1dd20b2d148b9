import { type Cidr, parseAddress, parseCidr, usableAddresses } from '../../net/cidr'
import { defineRule } from '../rule'

/** Which reserved address an offset is, for IPv4 subnets (AWS reserves the first four and the last). */
function reservedRole(c: Cidr, value: bigint): string | undefined {
  const offset = value - c.start
  if (offset === 0n) return 'the network address'
  if (offset === 1n) return 'the VPC router (base + 1)'
  if (offset === 2n) return 'the Amazon DNS address (base + 2)'
  if (offset === 3n) return 'reserved by AWS for future use (base + 3)'
  if (value === c.end) return 'the broadcast address (last address)'
  return undefined
}

export default defineRule({
  id: 'subnet-reserved-ip',
  meta: {
    severity: 'error',
    title: 'Pinned addresses avoid the five reserved ones, and subnets have room for what they hold',
    appliesTo: ['subnet', 'workload', 'natGateway'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  },
  messages: {
    reserved: '{{resource}} pins {{ip}} in subnet {{subnet}} ({{cidr}}), but that is {{role}}; AWS reserves it.',
    outside: '{{resource}} pins {{ip}}, which is outside its subnet {{subnet}} ({{cidr}}).',
    full: 'Subnet {{subnet}} ({{cidr}}) has {{usable}} usable addresses but its resources take {{used}} ({{users}}).',
  },
  check({ index, indexes, report }) {
    const pinned = [
      ...index.all('workload').flatMap((w) => w.privateIps.map((ip, i) => ({ r: w, ip, field: `privateIps[${i}]`, label: `Workload ${w.name}` }))),
      ...index.all('natGateway').flatMap((n) => (n.privateIp ? [{ r: n, ip: n.privateIp, field: 'privateIp', label: `NAT gateway ${n.name}` }] : [])),
    ]
    for (const p of pinned) {
      const subnet = index.getOf('subnet', p.r.subnet)
      const c = subnet ? parseCidr(subnet.cidr) : null
      const a = parseAddress(p.ip)
      if (!subnet || !c || !a) continue
      const data = { resource: p.label, ip: p.ip, subnet: subnet.name, cidr: subnet.cidr }
      if (a.family !== 4 || a.value < c.start || a.value > c.end) {
        report({ messageId: 'outside', target: p.r.id, field: p.field, related: [subnet.id], data })
        continue
      }
      const role = reservedRole(c, a.value)
      if (role) report({ messageId: 'reserved', target: p.r.id, field: p.field, related: [subnet.id], data: { ...data, role }, fix: 'Pin an address from base + 4 to the second-to-last address, or let AWS assign one.' })
    }
    for (const s of index.all('subnet')) {
      const c = parseCidr(s.cidr)
      const uses = indexes.addressUseOf(s.id)
      if (!c || uses.length === 0) continue
      const used = uses.reduce((n, u) => n + u.count, 0)
      const usable = usableAddresses(c)
      if (used <= usable) continue
      const users = uses.map((u) => `${index.get(u.resourceId)?.name ?? u.resourceId} ${u.count}`).join(', ')
      report({
        messageId: 'full',
        target: s.id,
        field: 'cidr',
        severity: 'warning',
        related: uses.map((u) => u.resourceId),
        data: { subnet: s.name, cidr: s.cidr, usable, used, users },
        fix: 'Use a larger subnet or spread the resources over more subnets.',
      })
    }
  },
})
