import { CURRENT_FORMAT_VERSION, type Project, type Resource, type Route, SCHEMA_ID, availabilityZones, projectSchema } from '../../shared/model'
import { pick, seededRandom } from './random'

export interface GenerateOptions {
  vpcs: number
  seed?: number
}

const REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2'] as const
const VPCS_PER_ACCOUNT = 25
/** Each VPC takes one /20 of 10.0.0.0/8, so 4,096 is the most a design can hold without overlap. */
const MAX_VPCS = 4096

/**
 * A large, realistic design: accounts of ~25 VPCs spread over four Regions; each VPC a /20 with a
 * public and a private /24 per AZ (3 AZs), an internet gateway, one NAT gateway per AZ, a public
 * table and one private table per AZ; two peerings per VPC on average (some cross-account and
 * cross-Region) with routes on both sides; one transit gateway per Region to which 60% of the VPCs
 * of that Region attach, with a 10.0.0.0/8 route in their private tables.
 */
export function generateDesign({ vpcs, seed = 1 }: GenerateOptions): Project {
  if (!Number.isInteger(vpcs) || vpcs < 1 || vpcs > MAX_VPCS) throw new RangeError(`vpcs must be a whole number from 1 to ${MAX_VPCS}`)
  const random = seededRandom(seed)
  const resources: Resource[] = []
  const add = <R extends Resource>(r: R): R => {
    resources.push(r)
    return r
  }
  const pad = (n: number) => String(n).padStart(4, '0')

  const accountCount = Math.max(1, Math.ceil(vpcs / VPCS_PER_ACCOUNT))
  for (let a = 0; a < accountCount; a++) {
    add({ kind: 'account', id: `acct-${pad(a)}`, name: `workload-${pad(a)}`, accountId: String(100000000000 + a * 7919), tags: {} })
  }

  interface VpcPlan {
    id: string
    region: (typeof REGIONS)[number]
    account: string
    cidr: string
    privateTables: string[]
    privateSubnets: string[]
  }
  const plans: VpcPlan[] = []
  for (let v = 0; v < vpcs; v++) {
    const id = `vpc-${pad(v)}`
    const region = pick(random, REGIONS)
    const account = `acct-${pad(Math.floor(v / VPCS_PER_ACCOUNT))}`
    const second = (v >> 4) & 0xff
    const third = (v & 0xf) << 4
    const cidr = `10.${second}.${third}.0/20`
    add({ kind: 'vpc', id, name: `app-${pad(v)}`, account, region, cidr, secondaryCidrs: [], ipv6Cidrs: [], enableDnsSupport: true, enableDnsHostnames: true, tags: { env: v % 3 === 0 ? 'dev' : 'prod' } })
    const igw = add({ kind: 'internetGateway', id: `${id}-igw`, name: `app-${pad(v)}-igw`, vpc: id, tags: {} })
    add({ kind: 'routeTable', id: `${id}-rt-main`, name: `app-${pad(v)}-main`, vpc: id, main: true, routes: [], propagatingVgws: [], edgeAssociations: [], tags: {} })
    add({ kind: 'routeTable', id: `${id}-rt-public`, name: `app-${pad(v)}-public`, vpc: id, main: false, routes: [{ destination: '0.0.0.0/0', target: igw.id }], propagatingVgws: [], edgeAssociations: [], tags: {} })
    const plan: VpcPlan = { id, region, account, cidr, privateTables: [], privateSubnets: [] }
    availabilityZones(region).slice(0, 3).forEach((az, i) => {
      const letter = az.slice(-1)
      const pub = add({ kind: 'subnet', id: `${id}-public-${letter}`, name: `app-${pad(v)}-public-${letter}`, vpc: id, az, cidr: `10.${second}.${third + i}.0/24`, routeTable: `${id}-rt-public`, mapPublicIpOnLaunch: true, tags: {} })
      const nat = add({ kind: 'natGateway', id: `${id}-nat-${letter}`, name: `app-${pad(v)}-nat-${letter}`, subnet: pub.id, connectivity: 'public', elasticIps: 1, secondaryPrivateIps: 0, tags: {} })
      const rt = add({ kind: 'routeTable', id: `${id}-rt-private-${letter}`, name: `app-${pad(v)}-private-${letter}`, vpc: id, main: false, routes: [{ destination: '0.0.0.0/0', target: nat.id }], propagatingVgws: [], edgeAssociations: [], tags: {} })
      const priv = add({ kind: 'subnet', id: `${id}-private-${letter}`, name: `app-${pad(v)}-private-${letter}`, vpc: id, az, cidr: `10.${second}.${third + 8 + i}.0/24`, routeTable: rt.id, mapPublicIpOnLaunch: false, tags: {} })
      plan.privateTables.push(rt.id)
      plan.privateSubnets.push(priv.id)
    })
    plans.push(plan)
  }

  const routesOf = new Map<string, Route[]>()
  for (const r of resources) if (r.kind === 'routeTable') routesOf.set(r.id, r.routes)

  // Peerings: each VPC asks up to two partners among the next few VPCs; pairs are never repeated.
  const peered = new Set<string>()
  for (let v = 0; v < plans.length; v++) {
    for (const offset of [1, 2 + Math.floor(random() * 5)]) {
      const w = v + offset
      if (w >= plans.length) continue
      const key = `${v}:${w}`
      if (peered.has(key)) continue
      peered.add(key)
      const a = plans[v]
      const b = plans[w]
      const id = `pcx-${pad(v)}-${pad(w)}`
      add({ kind: 'peeringConnection', id, name: `peer-${pad(v)}-${pad(w)}`, requesterVpc: a.id, accepterVpc: b.id, status: 'active', allowRemoteDnsResolution: false, tags: {} })
      for (const t of a.privateTables) routesOf.get(t)!.push({ destination: b.cidr, target: id })
      for (const t of b.privateTables) routesOf.get(t)!.push({ destination: a.cidr, target: id })
    }
  }

  // One transit gateway per Region used, owned by the first account; 60% of that Region's VPCs attach.
  for (const region of REGIONS) {
    const members = plans.filter((p) => p.region === region)
    if (members.length === 0) continue
    const tgwId = `tgw-${region}`
    const rtId = `${tgwId}-rt`
    const attached = members.filter((_, i) => i % 5 < 3)
    add({ kind: 'transitGateway', id: tgwId, name: `hub-${region}`, account: 'acct-0000', region, amazonSideAsn: 64512, defaultRouteTableAssociation: false, defaultRouteTablePropagation: false, dnsSupport: true, vpnEcmpSupport: true, securityGroupReferencing: false, tags: {} })
    const attachmentIds: string[] = []
    for (const p of attached) {
      const attId = `${p.id}-tgw-att`
      add({ kind: 'tgwVpcAttachment', id: attId, name: `${p.id}-to-${region}-hub`, transitGateway: tgwId, vpc: p.id, subnets: p.privateSubnets, applianceMode: false, ipv6: false, securityGroupReferencing: true, tags: {} })
      attachmentIds.push(attId)
      for (const t of p.privateTables) routesOf.get(t)!.push({ destination: '10.0.0.0/8', target: tgwId })
    }
    add({ kind: 'tgwRouteTable', id: rtId, name: `hub-${region}-rt`, transitGateway: tgwId, associations: attachmentIds, propagations: attachmentIds, routes: [], tags: {} })
  }

  return projectSchema.parse({
    $schema: SCHEMA_ID,
    formatVersion: CURRENT_FORMAT_VERSION,
    name: `Generated design: ${vpcs} VPCs (seed ${seed})`,
    resources,
  }) as Project
}
