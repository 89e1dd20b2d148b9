import { vpcIpv4Cidrs } from '../../model/kinds'
import { cidr, overlaps, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

const linkLocal = cidr('169.254.0.0/16')
/** Special-purpose ranges the AWS docs do not list as refused; reported softly (catalogue §16). */
const special = [
  { range: cidr('0.0.0.0/8'), what: '"this network" (0.0.0.0/8)' },
  { range: cidr('127.0.0.0/8'), what: 'loopback (127.0.0.0/8)' },
  { range: cidr('224.0.0.0/4'), what: 'multicast (224.0.0.0/4)' },
  { range: cidr('240.0.0.0/4'), what: 'reserved (240.0.0.0/4)' },
]

export default defineRule({
  id: 'vpc-cidr-link-local',
  meta: {
    severity: 'error',
    title: 'VPC blocks avoid link-local and special-purpose ranges',
    appliesTo: ['vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    linkLocal: 'VPC {{vpc}} block {{cidr}} overlaps the link-local range 169.254.0.0/16, which cannot be assigned to a VPC.',
    special: 'VPC {{vpc}} block {{cidr}} overlaps the {{what}} range; AWS does not document it as refused, but hosts cannot use such addresses normally.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      vpcIpv4Cidrs(vpc).forEach((text, i) => {
        const c = parseCidr(text)
        if (!c) return
        const field = i === 0 ? 'cidr' : `secondaryCidrs[${i - 1}]`
        const data = { vpc: vpc.name, cidr: text }
        if (overlaps(c, linkLocal)) {
          report({ messageId: 'linkLocal', target: vpc.id, field, data, fix: 'Choose a block from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.' })
          return
        }
        const hit = special.find((s) => overlaps(c, s.range))
        if (hit) report({ messageId: 'special', target: vpc.id, field, severity: 'warning', data: { ...data, what: hit.what } })
      })
    }
  },
})
