import { ProjectIndex, type Resource, type ResourceOf, kinds } from '../../model'
import type { Project } from '../../model/project'
import { type Attribute, type BodyItem, type Value, attr, blank, block, call, comment, object, raw } from './hcl/ast'
import { LabelRegistry, labelFor, shortHash } from './names'

/** A group of blocks under one banner comment, in one output file. */
export interface Section {
  readonly file: string
  readonly title: string
  readonly items: BodyItem[]
}

/** An input the design cannot supply: an ARN, an IP address, an ENI id. Never given a made-up default. */
export interface VariableDef {
  readonly name: string
  /** Banner the variable is listed under in variables.tf and the README. */
  readonly group: string
  readonly type: string
  readonly description: string
  readonly default?: Value
  /** A check Terraform runs on the value: `condition` receives the `var.<name>` reference. */
  readonly validation?: { readonly condition: (ref: string) => string; readonly message: string }
}

export interface OutputEntry {
  readonly key: string
  readonly fields: readonly (readonly [string, Value])[]
}

/**
 * State shared by the emitters of one export: the project index, labels, the variables, sections
 * and notes they produce, and which accounts (hence providers) the output uses.
 */
export class TfContext {
  readonly index: ProjectIndex
  readonly sections: Section[] = []
  readonly variables = new Map<string, VariableDef>()
  /** README "left out" list: design parts the export does not create, with the reason. */
  readonly leftOut: string[] = []
  /** README notes for the reviewer: things to do outside Terraform, choices worth knowing. */
  readonly notes: string[] = []
  readonly outputs = new Map<string, { description: string; entries: OutputEntry[] }>()
  /** Account ids (design ids) whose provider the output uses, with the regions used in each. */
  readonly accountRegions = new Map<string, Map<string, number>>()
  private readonly labels = new LabelRegistry()
  private readonly variableOwners = new Map<string, string>()

  constructor(readonly project: Project) {
    this.index = new ProjectIndex(project)
  }

  /** The block label for a design id under a resource type; refuses two owners of one address. */
  label(type: string, id: string, suffix = ''): string {
    return this.labels.claim(type, `${labelFor(id)}${suffix}`, `${id}${suffix}`)
  }

  /** Whether an emitter declared this block (imports only target blocks that exist). */
  declared(type: string, id: string): boolean {
    return this.labels.has(type, labelFor(id))
  }

  /** `aws_vpc.hub.id`: a reference to the block another emitter writes for that design id. */
  ref(type: string, id: string, attribute = 'id', suffix = ''): string {
    return `${this.address(type, id, suffix)}.${attribute}`
  }

  /** `aws_vpc.hub`: the address of the block for that design id (for depends_on and for_each results). */
  address(type: string, id: string, suffix = ''): string {
    return `${type}.${labelFor(id)}${suffix}`
  }

  section(file: string, title: string, items: BodyItem[]): void {
    if (items.length > 0) this.sections.push({ file, title, items })
  }

  /** Declares (once) a variable for an unknown and returns `var.<name>`. */
  variable(owner: string, base: string, def: Omit<VariableDef, 'name'>): string {
    const known = this.variableOwners.get(owner)
    if (known !== undefined) return `var.${known}`
    let name = base
    if (this.variables.has(name)) name = `${base}_${shortHash(owner)}`
    this.variables.set(name, { ...def, name })
    this.variableOwners.set(owner, name)
    return `var.${name}`
  }

  output(name: string, description: string, entry: OutputEntry): void {
    let out = this.outputs.get(name)
    if (!out) this.outputs.set(name, (out = { description, entries: [] }))
    out.entries.push(entry)
  }

  /** The account that owns a resource, following load balancers for endpoint services. */
  accountOf(r: Resource): ResourceOf<'account'> | undefined {
    if (r.kind === 'endpointService') {
      const lb = this.index.getOf('loadBalancer', r.loadBalancers[0])
      return lb ? this.index.accountOf(lb) : undefined
    }
    if (r.kind === 'tgwVpnAttachment' || r.kind === 'tgwDxAttachment') {
      return this.index.accountOf(this.index.getOf('transitGateway', r.transitGateway) ?? r)
    }
    if (r.kind === 'vpnConnection') {
      // A VPN connection lives with its AWS-side gateway (and customer gateway) in one account.
      const gateway = this.index.get(r.gateway) ?? this.index.get(r.customerGateway)
      return gateway ? this.index.accountOf(gateway) : undefined
    }
    if (r.kind === 'prefixList' && r.account === undefined) {
      // AWS-managed lists belong to no account; read them with the first account using that Region.
      const vpc = this.index.all('vpc').find((v) => v.region === r.region)
      return vpc ? this.index.accountOf(vpc) : undefined
    }
    return this.index.accountOf(r)
  }

  regionOf(r: Resource): string | undefined {
    if (r.kind === 'endpointService') {
      const lb = this.index.getOf('loadBalancer', r.loadBalancers[0])
      return lb ? this.index.regionOf(lb) : undefined
    }
    if (r.kind === 'vpnConnection') {
      const gateway = this.index.get(r.gateway) ?? this.index.get(r.customerGateway)
      return gateway ? this.index.regionOf(gateway) : undefined
    }
    return this.index.regionOf(r)
  }

  /** `aws.<account>`, the provider of the account that owns `r`. */
  providerOf(r: Resource): string | undefined {
    const account = this.accountOf(r)
    return account ? `aws.${labelFor(account.id)}` : undefined
  }

  /**
   * The meta-arguments every resource block opens with: for_each when given, the account's provider
   * and the resource's Region (AWS provider 6 takes `region` per resource), then a blank line.
   */
  placement(r: Resource, options: { forEach?: Value; regional?: boolean; account?: ResourceOf<'account'> } = {}): BodyItem[] {
    const items: BodyItem[] = []
    if (options.forEach !== undefined) items.push(attr('for_each', options.forEach), blank)
    const account = options.account ?? this.accountOf(r)
    const region = options.regional === false ? undefined : this.regionOf(r)
    if (account) {
      items.push(attr('provider', raw(`aws.${labelFor(account.id)}`)))
      let regions = this.accountRegions.get(account.id)
      if (!regions) this.accountRegions.set(account.id, (regions = new Map()))
      if (region) regions.set(region, (regions.get(region) ?? 0) + 1)
    } else {
      this.notes.push(`${describe(r)} names no account; it uses the default AWS provider configuration.`)
    }
    if (region) items.push(attr('region', region))
    if (items.length > 0) items.push(blank)
    return items
  }
}

/** `Subnet "app-a" (subnet-app-a)`: how README lines and comments name a design resource. */
export function describe(r: Resource): string {
  return `${kinds[r.kind].title} "${r.name}" (${r.id})`
}

/** `merge(var.tags, { … design tags …, Name = "…" })`: module-wide tags first, the design's own last. */
export function tagsAttr(r: Resource, name: Value = r.name): Attribute {
  const own = Object.keys(r.tags)
    .filter((k) => k !== 'Name')
    .sort()
    .map((k): [string, Value] => [k, r.tags[k]!])
  return attr('tags', call('merge', raw('var.tags'), object([...own, ['Name', name]])))
}

/** A resource block opening with the design's description as a comment, when it has one. */
export function resourceBlock(r: Resource | undefined, type: string, label: string, body: BodyItem[]): BodyItem[] {
  const head: BodyItem[] = r?.description ? [comment(r.description)] : []
  return [...head, block('resource', [type, label], body), blank]
}
