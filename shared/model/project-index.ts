import { type Kind, type Resource, type ResourceOf, kindNames } from './kinds'
import type { Project } from './project'

/**
 * Lookups over one project, built once per validation, layout or export run. Resources are never
 * copied: the index holds references into the project it was built from.
 */
export class ProjectIndex {
  readonly project: Project
  private readonly byId = new Map<string, Resource>()
  private readonly lists = new Map<Kind, Resource[]>()
  private readonly children = new Map<string, Map<Kind, Resource[]>>()

  constructor(project: Project) {
    this.project = project
    for (const k of kindNames) this.lists.set(k, [])
    for (const r of project.resources) {
      this.byId.set(r.id, r)
      this.lists.get(r.kind)!.push(r)
      const parent = parentIdOf(r)
      if (parent !== undefined) {
        let byKind = this.children.get(parent)
        if (!byKind) this.children.set(parent, (byKind = new Map()))
        const list = byKind.get(r.kind)
        if (list) list.push(r)
        else byKind.set(r.kind, [r])
      }
    }
  }

  get(id: string): Resource | undefined {
    return this.byId.get(id)
  }

  /** The resource when it exists and is of the kind, else undefined. */
  getOf<K extends Kind>(kind: K, id: string | undefined): ResourceOf<K> | undefined {
    if (id === undefined) return undefined
    const r = this.byId.get(id)
    return r?.kind === kind ? (r as ResourceOf<K>) : undefined
  }

  all<K extends Kind>(kind: K): readonly ResourceOf<K>[] {
    return this.lists.get(kind) as ResourceOf<K>[]
  }

  /** Resources of `kind` whose containing resource (VPC of a subnet, subnet of a NAT gateway…) is `parentId`. */
  childrenOf<K extends Kind>(parentId: string, kind: K): readonly ResourceOf<K>[] {
    return (this.children.get(parentId)?.get(kind) ?? []) as ResourceOf<K>[]
  }

  /** The VPC a resource lives in, directly or through its subnet. */
  vpcOf(r: Resource): ResourceOf<'vpc'> | undefined {
    if (r.kind === 'vpc') return r
    if ('vpc' in r && typeof r.vpc === 'string') return this.getOf('vpc', r.vpc)
    if ('subnet' in r && typeof r.subnet === 'string') {
      const s = this.getOf('subnet', r.subnet)
      return s ? this.getOf('vpc', s.vpc) : undefined
    }
    return undefined
  }

  /** The subnet's route table: its explicit association, else the VPC's main table. */
  routeTableOfSubnet(subnet: ResourceOf<'subnet'>): ResourceOf<'routeTable'> | undefined {
    if (subnet.routeTable !== undefined) return this.getOf('routeTable', subnet.routeTable)
    return this.mainRouteTable(subnet.vpc)
  }

  mainRouteTable(vpcId: string): ResourceOf<'routeTable'> | undefined {
    return this.childrenOf(vpcId, 'routeTable').find((t) => t.main)
  }

  /** The subnet's network ACL: its explicit association, else the VPC's default NACL. */
  networkAclOfSubnet(subnet: ResourceOf<'subnet'>): ResourceOf<'networkAcl'> | undefined {
    if (subnet.networkAcl !== undefined) return this.getOf('networkAcl', subnet.networkAcl)
    return this.childrenOf(subnet.vpc, 'networkAcl').find((n) => n.default)
  }

  /** Region of a resource placed in one (directly, or through its VPC, subnet or transit gateway). */
  regionOf(r: Resource): string | undefined {
    if ('region' in r && typeof r.region === 'string') return r.region
    const vpc = this.vpcOf(r)
    if (vpc) return vpc.region
    if ('transitGateway' in r && typeof r.transitGateway === 'string') return this.getOf('transitGateway', r.transitGateway)?.region
    return undefined
  }

  /** The account resource that owns a resource (directly, or through its VPC or transit gateway). */
  accountOf(r: Resource): ResourceOf<'account'> | undefined {
    if (r.kind === 'account') return r
    if ('account' in r && typeof r.account === 'string') return this.getOf('account', r.account)
    const vpc = this.vpcOf(r)
    if (vpc) return this.getOf('account', vpc.account)
    if ('transitGateway' in r && typeof r.transitGateway === 'string') {
      const tgw = this.getOf('transitGateway', r.transitGateway)
      return tgw ? this.getOf('account', tgw.account) : undefined
    }
    return undefined
  }
}

/** The resource that contains `r` for grouping: a VPC for VPC-level resources, a subnet for subnet-level ones. */
export function parentIdOf(r: Resource): string | undefined {
  if ('subnet' in r && typeof r.subnet === 'string') return r.subnet
  if ('vpc' in r && typeof r.vpc === 'string') return r.vpc
  if ('transitGateway' in r && typeof r.transitGateway === 'string') return r.transitGateway
  return undefined
}
