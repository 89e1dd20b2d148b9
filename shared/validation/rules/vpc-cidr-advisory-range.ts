import { vpcIpv4Cidrs } from '../../model/kinds'
import { type Cidr, cidr, contains, overlaps, parseCidr } from '../../net/cidr'
import { defineRule } from '../rule'

const docker = cidr('172.17.0.0/16')
const rfc1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map(cidr)
const sharedSpace = cidr('100.64.0.0/10')
/** Left to vpc-cidr-link-local. */
const handledElsewhere = ['169.254.0.0/16', '0.0.0.0/8', '127.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4'].map(cidr)

function inRfc1918(c: Cidr): boolean {
  return rfc1918.some((r) => contains(r, c))
}

export default defineRule({
  id: 'vpc-cidr-advisory-range',
  meta: {
    severity: 'warning',
    title: 'VPC blocks avoid 172.17.0.0/16 and prefer RFC 1918 space',
    appliesTo: ['vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html',
  },
  messages: {
    docker: 'VPC {{vpc}} block {{cidr}} overlaps 172.17.0.0/16, which AWS advises against: Docker, Cloud9 and SageMaker use it and conflict.',
    sharedSpace: 'VPC {{vpc}} block {{cidr}} is in the shared address space 100.64.0.0/10: allowed, but not RFC 1918; carrier-grade NAT networks using it become unreachable from the VPC.',
    publicRange: 'VPC {{vpc}} block {{cidr}} is a public range: allowed, but internet hosts in that range become unreachable from the VPC, and peers resolve its private DNS names only with peering DNS resolution.',
  },
  check({ index, report }) {
    for (const vpc of index.all('vpc')) {
      vpcIpv4Cidrs(vpc).forEach((text, i) => {
        const c = parseCidr(text)
        if (!c || handledElsewhere.some((h) => overlaps(h, c))) return
        const field = i === 0 ? 'cidr' : `secondaryCidrs[${i - 1}]`
        const data = { vpc: vpc.name, cidr: text }
        if (overlaps(c, docker)) report({ messageId: 'docker', target: vpc.id, field, data, fix: 'Pick a block outside 172.17.0.0/16.' })
        else if (contains(sharedSpace, c)) report({ messageId: 'sharedSpace', target: vpc.id, field, data })
        else if (!inRfc1918(c)) report({ messageId: 'publicRange', target: vpc.id, field, data, fix: 'Use RFC 1918 space (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) unless you own this range.' })
      })
    }
  },
})
