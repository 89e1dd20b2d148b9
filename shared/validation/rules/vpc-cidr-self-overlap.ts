import { parseCidr, overlaps } from '../../net/cidr'
import { defineRule } from '../rule'

export default defineRule({
  id: 'vpc-cidr-self-overlap',
  meta: {
    severity: 'error',
    title: "A VPC's blocks do not overlap each other",
    appliesTo: ['vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    overlap: 'VPC {{vpc}} block {{cidr}} overlaps its own block {{other}}; AWS refuses to associate a block that overlaps one the VPC already has.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      // A VPC has at most 50 + 50 blocks, so comparing within one VPC stays cheap.
      const fields = [
        { field: 'cidr', text: vpc.cidr },
        ...vpc.secondaryCidrs.map((text, i) => ({ field: `secondaryCidrs[${i}]`, text })),
        ...vpc.ipv6Cidrs.map((text, i) => ({ field: `ipv6Cidrs[${i}]`, text })),
      ]
      fields.forEach((b, j) => {
        const c = parseCidr(b.text)
        const earlier = c && fields.slice(0, j).find((a) => { const o = parseCidr(a.text); return o !== null && overlaps(o, c) })
        if (!earlier) return
        report({
          messageId: 'overlap',
          target: vpc.id,
          field: b.field,
          data: { vpc: vpc.name, cidr: b.text, other: earlier.text },
          fix: `Remove ${b.text} or replace it with a block outside ${earlier.text}.`,
        })
      })
    }
  },
})
