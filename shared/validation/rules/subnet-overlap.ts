import type { ResourceOf } from '../../model/kinds'
import { type Cidr, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

type Subnet = ResourceOf<'subnet'>
interface Block {
  readonly cidr: Cidr
  readonly subnet: Subnet
  readonly field: 'cidr' | 'ipv6Cidr'
  readonly position: number
}

export default defineRule({
  id: 'subnet-overlap',
  meta: {
    severity: 'error',
    title: 'Subnets of one VPC do not overlap',
    appliesTo: ['subnet'],
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateSubnet.html',
  },
  messages: {
    overlap: 'Subnet {{subnet}} ({{cidr}}) overlaps subnet {{other}} ({{otherCidr}}) in VPC {{vpc}}; subnets of one VPC must be disjoint.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      const blocks: Block[] = []
      // childrenOf keeps file order, so a subnet's place in this list orders it like its place in the file.
      const subnets = index.childrenOf(vpc.id, 'subnet')
      for (let position = 0; position < subnets.length; position++) {
        const subnet = subnets[position]
        const v4 = parseCidr(subnet.cidr)
        if (v4) blocks.push({ cidr: v4, subnet, field: 'cidr', position })
        const v6 = subnet.ipv6Cidr ? parseCidr(subnet.ipv6Cidr) : null
        if (v6) blocks.push({ cidr: v6, subnet, field: 'ipv6Cidr', position })
      }
      if (blocks.length < 2) continue
      // Aligned blocks overlap only by containment, so one sweep in address order finds every pair:
      // the blocks still open when a block starts are exactly the ones containing it.
      blocks.sort((a, b) => a.cidr.family - b.cidr.family || (a.cidr.start < b.cidr.start ? -1 : a.cidr.start > b.cidr.start ? 1 : a.cidr.prefix - b.cidr.prefix))
      const open: Block[] = []
      for (const b of blocks) {
        while (open.length > 0 && (open[open.length - 1].cidr.family !== b.cidr.family || open[open.length - 1].cidr.end < b.cidr.start)) open.pop()
        for (const o of open) {
          // Report each pair once, on the subnet that comes later in the file.
          const [later, earlier] = b.position > o.position ? [b, o] : [o, b]
          report({
            messageId: 'overlap',
            target: later.subnet.id,
            field: later.field,
            related: [earlier.subnet.id, vpc.id],
            data: { subnet: later.subnet.name, cidr: later.cidr.text, other: earlier.subnet.name, otherCidr: earlier.cidr.text, vpc: vpc.name },
            fix: `Move ${later.subnet.name} to a free range of ${vpc.name}.`,
          })
        }
        open.push(b)
      }
    }
  },
})
