import type { ResourceInput, Route } from '../../model/kinds'
import { type Project, type Suppression, projectSchema } from '../../model/project'

/** A resource as tests write it: `name` defaults to the id. */
export type Draft = ResourceInput extends infer R ? (R extends { name: string } ? Omit<R, 'name'> & { name?: string } : never) : never
type DraftOf<K extends ResourceInput['kind']> = Extract<Draft, { kind: K }>
type Extra<K extends ResourceInput['kind'], Fixed extends string> = Partial<Omit<DraftOf<K>, 'kind' | 'id' | Fixed>>

export const DEFAULT_ACCOUNT = 'acct'
export const DEFAULT_REGION = 'eu-west-1'

export interface DesignOptions {
  /** Give each VPC without a main route table one named `<vpc>-main` at build time (default true). */
  readonly autoMainTables?: boolean
}

/**
 * Small designs for rule tests, written top-down:
 *
 *   design()
 *     .vpc('a', '10.0.0.0/16')
 *     .subnet('a-pub', 'a', '10.0.0.0/24', { routeTable: 'rt-pub' })
 *     .routeTable('rt-pub', 'a', [{ destination: '0.0.0.0/0', target: 'igw-a' }])
 *     .igw('igw-a', 'a')
 *     .build()
 *
 * An account `acct` (eu-west-1) is created on first use; subnets default to AZ `<region>a`; every VPC
 * without a main table gets an empty `<vpc>-main` one (AWS always creates it). For any other kind use
 * `.add({ kind, id, ... })`. `build()` applies the schema defaults, like a loaded file.
 */
export class DesignBuilder {
  private readonly resources: Draft[] = []
  private readonly suppressions: Suppression[] = []

  constructor(private readonly options: DesignOptions = {}) {}

  /** Any resource; `name` defaults to the id. */
  add(resource: Draft): this {
    this.resources.push(resource)
    return this
  }

  account(id = DEFAULT_ACCOUNT, accountId = '111111111111'): this {
    return this.add({ kind: 'account', id, accountId })
  }

  vpc(id: string, cidr: string, extra: Extra<'vpc', 'cidr'> = {}): this {
    this.ensureAccount(extra.account)
    return this.add({ kind: 'vpc', id, cidr, account: DEFAULT_ACCOUNT, region: DEFAULT_REGION, ...extra })
  }

  /** A subnet in `<region of its VPC>a` unless `az` is given. */
  subnet(id: string, vpc: string, cidr: string, extra: Extra<'subnet', 'vpc' | 'cidr'> = {}): this {
    return this.add({ kind: 'subnet', id, vpc, cidr, az: `${this.regionOf(vpc)}a`, ...extra })
  }

  routeTable(id: string, vpc: string, routes: Route[] = [], extra: Extra<'routeTable', 'vpc' | 'routes'> = {}): this {
    return this.add({ kind: 'routeTable', id, vpc, routes, ...extra })
  }

  /** Appends routes to a table added earlier (e.g. the automatic `<vpc>-main`, which is then created now). */
  route(tableId: string, destination: string, target: string): this {
    const table = this.resources.find((r) => r.id === tableId)
    if (table?.kind !== 'routeTable') {
      const vpc = tableId.endsWith('-main') ? tableId.slice(0, -'-main'.length) : undefined
      if (!vpc || !this.resources.some((r) => r.kind === 'vpc' && r.id === vpc)) throw new Error(`route(): no route table "${tableId}"`)
      return this.routeTable(tableId, vpc, [{ destination, target }], { main: true })
    }
    table.routes = [...(table.routes ?? []), { destination, target }]
    return this
  }

  igw(id: string, vpc: string): this {
    return this.add({ kind: 'internetGateway', id, vpc })
  }

  eigw(id: string, vpc: string): this {
    return this.add({ kind: 'egressOnlyInternetGateway', id, vpc })
  }

  nat(id: string, subnet: string, extra: Extra<'natGateway', 'subnet'> = {}): this {
    return this.add({ kind: 'natGateway', id, subnet, ...extra })
  }

  vgw(id: string, vpc: string | undefined, extra: Extra<'vpnGateway', 'vpc'> = {}): this {
    this.ensureAccount(extra.account)
    return this.add({ kind: 'vpnGateway', id, account: DEFAULT_ACCOUNT, region: vpc ? this.regionOf(vpc) : DEFAULT_REGION, vpc, ...extra })
  }

  peering(id: string, requesterVpc: string, accepterVpc: string, extra: Extra<'peeringConnection', 'requesterVpc' | 'accepterVpc'> = {}): this {
    return this.add({ kind: 'peeringConnection', id, requesterVpc, accepterVpc, ...extra })
  }

  tgw(id: string, extra: Extra<'transitGateway', never> = {}): this {
    this.ensureAccount(extra.account)
    return this.add({ kind: 'transitGateway', id, account: DEFAULT_ACCOUNT, region: DEFAULT_REGION, ...extra })
  }

  tgwAttachment(id: string, transitGateway: string, vpc: string, subnets: string[], extra: Extra<'tgwVpcAttachment', 'transitGateway' | 'vpc' | 'subnets'> = {}): this {
    return this.add({ kind: 'tgwVpcAttachment', id, transitGateway, vpc, subnets, ...extra })
  }

  workload(id: string, subnet: string, extra: Extra<'workload', 'subnet'> = {}): this {
    return this.add({ kind: 'workload', id, subnet, ...extra })
  }

  suppress(rule: string, resource: string, reason = 'accepted in test'): this {
    this.suppressions.push({ rule, resource, reason })
    return this
  }

  /** The project, with schema defaults applied; throws with the zod issues when a draft is malformed. */
  build(): Project {
    const resources = [...this.resources]
    if (this.options.autoMainTables !== false) {
      for (const vpc of resources.filter((r) => r.kind === 'vpc')) {
        if (!resources.some((r) => r.kind === 'routeTable' && r.vpc === vpc.id && r.main)) {
          resources.push({ kind: 'routeTable', id: `${vpc.id}-main`, vpc: vpc.id, main: true })
        }
      }
    }
    const parsed = projectSchema.safeParse({
      formatVersion: 1,
      name: 'test design',
      resources: resources.map((r) => ({ name: r.id, ...r })),
      suppressions: this.suppressions,
    })
    if (!parsed.success) throw new Error(`test design is malformed: ${JSON.stringify(parsed.error.issues, null, 1)}`)
    return parsed.data
  }

  private ensureAccount(id = DEFAULT_ACCOUNT): void {
    if (!this.resources.some((r) => r.kind === 'account' && r.id === id)) {
      this.resources.unshift({ kind: 'account', id, accountId: String(111111111111 + this.resources.filter((r) => r.kind === 'account').length) })
    }
  }

  private regionOf(vpcId: string): string {
    const vpc = this.resources.find((r) => r.kind === 'vpc' && r.id === vpcId)
    return vpc?.kind === 'vpc' ? vpc.region : DEFAULT_REGION
  }
}

export function design(options?: DesignOptions): DesignBuilder {
  return new DesignBuilder(options)
}
