import { type Kind, type Project, ProjectIndex, type Resource, type ResourceOf, availabilityZones, vpcIpv4Cidrs } from '../../shared/model'
import { type Cidr, cidrAt, overlaps, parseCidr } from '../../shared/net/cidr'
import { uniqueName } from './edits'

/** The first block of `prefix` bits inside one of `within` that overlaps none of `used`. */
export function nextFreeCidr(within: readonly string[], used: readonly string[], prefix: number): string | null {
  const taken = used.map(parseCidr).filter((c): c is Cidr => c !== null)
  for (const text of within) {
    const outer = parseCidr(text)
    if (!outer || outer.family !== 4 || prefix < outer.prefix) continue
    const step = 1n << BigInt(32 - prefix)
    for (let start = outer.start; start + step - 1n <= outer.end; start += step) {
      const candidate = cidrAt(start, prefix, 4)
      if (!taken.some((t) => overlaps(t, candidate))) return candidate.canonical
    }
  }
  return null
}

/** A readable, unused id: `subnet-3` style, from a prefix. */
export function freshId(project: Project, prefix: string): string {
  const ids = new Set(project.resources.map((r) => r.id))
  return uniqueName(prefix.replace(/[^A-Za-z0-9_.-]/g, '-'), (c) => ids.has(c), '-')
}

/** `<base>-<n>` with the smallest n no resource of `kind` uses as a name. */
export function freshName(project: Project, kind: Kind, base: string): string {
  const names = new Set(project.resources.filter((r) => r.kind === kind).map((r) => r.name))
  for (let n = 1; ; n++) if (!names.has(`${base}-${n}`)) return `${base}-${n}`
}

export interface CreateContext {
  readonly project: Project
  readonly index: ProjectIndex
  /** Selected resources, in selection order. */
  readonly picks: readonly Resource[]
  /** Prefix length for new subnets (the palette's size picker). */
  readonly subnetPrefix: number
}

export type CreateResult = { ok: true; resources: Resource[] } | { ok: false; message: string }

/** The first picked resource of a kind, else the VPC (or TGW) implied by the selection. */
export function pickOf<K extends Kind>(ctx: CreateContext, kind: K): ResourceOf<K> | undefined {
  const direct = ctx.picks.find((r) => r.kind === kind) as ResourceOf<K> | undefined
  if (direct) return direct
  if (kind === 'vpc') {
    for (const p of ctx.picks) {
      const vpc = ctx.index.vpcOf(p)
      if (vpc) return vpc as ResourceOf<K>
    }
  }
  if (kind === 'account') {
    for (const p of ctx.picks) {
      const account = ctx.index.accountOf(p)
      if (account) return account as ResourceOf<K>
    }
    return ctx.index.all('account')[0] as ResourceOf<K> | undefined
  }
  return undefined
}

/** One subnet per AZ of the VPC (the first in each AZ), as attachments and endpoints want. */
export function subnetPerAz(index: ProjectIndex, vpcId: string): string[] {
  const byAz = new Map<string, string>()
  for (const s of index.childrenOf(vpcId, 'subnet')) if (!byAz.has(s.az)) byAz.set(s.az, s.id)
  return [...byAz.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, id]) => id)
}

/** The next AZ of the VPC's Region after those its subnets use most. */
export function nextAz(index: ProjectIndex, vpc: ResourceOf<'vpc'>): string {
  const zones = availabilityZones(vpc.region)
  const counts = new Map(zones.map((z) => [z, 0]))
  for (const s of index.childrenOf(vpc.id, 'subnet')) counts.set(s.az, (counts.get(s.az) ?? 0) + 1)
  return zones.reduce((best, z) => ((counts.get(z) ?? 0) < (counts.get(best) ?? 0) ? z : best), zones[0] ?? `${vpc.region}a`)
}

export function nextVpcCidr(index: ProjectIndex): string | null {
  const used = index.all('vpc').flatMap((v) => vpcIpv4Cidrs(v))
  return nextFreeCidr(['10.0.0.0/8', '172.16.0.0/12'], used, 16)
}

export function nextSubnetCidr(index: ProjectIndex, vpc: ResourceOf<'vpc'>, prefix: number): string | null {
  const used = index.childrenOf(vpc.id, 'subnet').map((s) => s.cidr)
  return nextFreeCidr(vpcIpv4Cidrs(vpc), used, prefix)
}
