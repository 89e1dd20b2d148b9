import { type Project, type ResourceInput, projectSchema } from '../../model'
import { ReachabilityContext } from '../context'
import { analyzeReachability } from '../analyze'
import { resolveEndpoint } from '../resolve'
import type { Protocol, ReachAnswer } from '../types'

type Extra = Record<string, unknown>
type Route = [destination: string, target: string]

/**
 * Builds small designs for tests: one account, Region eu-west-1 unless told otherwise, names equal
 * to ids. Every method adds one resource; `build()` applies the schema's defaults.
 */
export class DesignBuilder {
  private readonly resources: ResourceInput[] = [{ kind: 'account', id: 'acct', name: 'acct', accountId: '111111111111' }]

  add(r: ResourceInput): this {
    this.resources.push(r)
    return this
  }

  private put(kind: string, id: string, fields: Extra): this {
    return this.add({ kind, id, name: id, ...fields } as ResourceInput)
  }

  vpc(id: string, cidr: string, extra: Extra = {}): this {
    return this.put('vpc', id, { account: 'acct', region: 'eu-west-1', cidr, ...extra })
  }

  subnet(id: string, vpc: string, cidr: string, extra: Extra = {}): this {
    return this.put('subnet', id, { vpc, az: 'eu-west-1a', cidr, ...extra })
  }

  /** Routes as [destination, target]; a destination starting `pl-` is a prefix list id. */
  routeTable(id: string, vpc: string, routes: Route[], extra: Extra = {}): this {
    const list = routes.map(([d, target]) => (d.startsWith('pl-') ? { destinationPrefixList: d, target } : { destination: d, target }))
    return this.put('routeTable', id, { vpc, routes: list, ...extra })
  }

  workload(id: string, subnet: string, extra: Extra = {}): this {
    return this.put('workload', id, { subnet, ...extra })
  }

  igw(id: string, vpc: string): this {
    return this.put('internetGateway', id, { vpc })
  }

  nat(id: string, subnet: string, extra: Extra = {}): this {
    return this.put('natGateway', id, { subnet, ...extra })
  }

  peering(id: string, requesterVpc: string, accepterVpc: string, extra: Extra = {}): this {
    return this.put('peeringConnection', id, { requesterVpc, accepterVpc, ...extra })
  }

  tgw(id: string, extra: Extra = {}): this {
    return this.put('transitGateway', id, { account: 'acct', region: 'eu-west-1', ...extra })
  }

  tgwAttachment(id: string, tgw: string, vpc: string, subnets: string[], extra: Extra = {}): this {
    return this.put('tgwVpcAttachment', id, { transitGateway: tgw, vpc, subnets, ...extra })
  }

  tgwRouteTable(id: string, tgw: string, fields: { associations?: string[]; propagations?: string[]; routes?: Route[] }): this {
    const routes = (fields.routes ?? []).map(([destination, target]) => ({ destination, target }))
    return this.put('tgwRouteTable', id, { transitGateway: tgw, associations: fields.associations ?? [], propagations: fields.propagations ?? [], routes })
  }

  onPrem(id: string, cidrs: string[]): this {
    return this.put('onPremNetwork', id, { cidrs })
  }

  /** A customer gateway for `network` and a VPN connection from it to `gateway` (VGW or TGW). */
  vpn(id: string, gateway: string, network: string, extra: Extra = {}): this {
    this.put('customerGateway', `${id}-cgw`, { account: 'acct', region: 'eu-west-1', onPremNetwork: network })
    return this.put('vpnConnection', id, { customerGateway: `${id}-cgw`, gateway, ...extra })
  }

  vgw(id: string, vpc: string | undefined): this {
    return this.put('vpnGateway', id, { account: 'acct', region: 'eu-west-1', ...(vpc !== undefined && { vpc }) })
  }

  nacl(id: string, vpc: string, ingress: Extra[], egress: Extra[], extra: Extra = {}): this {
    return this.put('networkAcl', id, { vpc, ingress, egress, ...extra })
  }

  securityGroup(id: string, vpc: string, ingress: Extra[], egress: Extra[]): this {
    return this.put('securityGroup', id, { vpc, ingress, egress })
  }

  resource(kind: string, id: string, fields: Extra): this {
    return this.put(kind, id, fields)
  }

  build(): Project {
    return projectSchema.parse({ formatVersion: 1, name: 'test design', resources: this.resources })
  }
}

export const design = () => new DesignBuilder()

/** Asks the question as the CLI would: ends by id, name, AWS id, address, `internet`, `s3`… */
export function reach(project: Project | ReachabilityContext, from: string, to: string, opts: { protocol?: Protocol; port?: number; family?: 4 | 6 } = {}): ReachAnswer {
  const ctx = project instanceof ReachabilityContext ? project : new ReachabilityContext(project)
  return analyzeReachability(ctx, { from: resolveEndpoint(ctx, from), to: resolveEndpoint(ctx, to), ...opts })
}

/** The hop path as `kind:id` strings, for compact assertions. */
export function path(hops: readonly { kind: string; id: string }[]): string[] {
  return hops.map((h) => `${h.kind}:${h.id}`)
}
