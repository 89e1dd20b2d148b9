import { type Cidr, cidr, contains, overlaps, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

const R10 = cidr('10.0.0.0/8')
const R172 = cidr('172.16.0.0/12')
const R192 = cidr('192.168.0.0/16')
const R198 = cidr('198.19.0.0/16')
const R172_31 = cidr('172.31.0.0/16')
const R10_0_16 = cidr('10.0.0.0/16')
const R10_0_15 = cidr('10.0.0.0/15')

/** AWS's "IPv4 CIDR block association restrictions": ranges a secondary block may not touch, by primary range. */
function forbiddenFor(primary: Cidr): { range: Cidr; text: string }[] {
  const named = (c: Cidr) => ({ range: c, text: c.canonical })
  if (contains(R10, primary)) return [R172, R192, R198].map(named)
  if (contains(R172, primary)) return [R10, R192, R172_31, R198].map(named)
  if (contains(R192, primary)) return [R10, R172, R198].map(named)
  if (contains(R198, primary)) return [R10, R172, R192].map(named)
  return [R10, R172, R192, R198].map(named)
}

export default defineRule({
  id: 'vpc-cidr-secondary-range',
  meta: {
    severity: 'error',
    title: "Secondary blocks respect the primary block's range restrictions",
    appliesTo: ['vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    forbidden: 'VPC {{vpc}} cannot add secondary block {{cidr}}: with primary block {{primary}}, AWS refuses secondary blocks in {{range}}.',
    tenZero: 'VPC {{vpc}} cannot add secondary block {{cidr}}: a block of the VPC ({{inside}}) lies in 10.0.0.0/15, so AWS refuses secondary blocks in 10.0.0.0/16.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      const primary = parseCidr(vpc.cidr)
      if (!primary) continue
      const forbidden = forbiddenFor(primary)
      vpc.secondaryCidrs.forEach((text, i) => {
        const c = parseCidr(text)
        if (!c) return
        const field = `secondaryCidrs[${i}]`
        const hit = forbidden.find((f) => overlaps(f.range, c))
        if (hit) {
          report({ messageId: 'forbidden', target: vpc.id, field, data: { vpc: vpc.name, cidr: text, primary: vpc.cidr, range: hit.text }, fix: `Choose a secondary block outside ${hit.text} (100.64.0.0/10 is always allowed).` })
          return
        }
        if (contains(R10, primary) && overlaps(c, R10_0_16)) {
          const inside = [vpc.cidr, ...vpc.secondaryCidrs].filter((_t, j) => j !== i + 1).find((t) => { const o = parseCidr(t); return o !== null && contains(R10_0_15, o) })
          if (inside) report({ messageId: 'tenZero', target: vpc.id, field, data: { vpc: vpc.name, cidr: text, inside } })
        }
      })
    }
  },
})
