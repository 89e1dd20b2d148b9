import type { ProjectIndex } from '../model/project-index'
import { INTERNET_ID } from './model-edges'
import { labelLines, regionLabel } from './labels'
import type { SceneElementKind } from './scene'
import type { StyleKey } from './style'
import { type NodeSpec, portIdOf, type VpcSpec } from './vpc-interior'
import { byId, node, servicesByVpc, type VpcSpecMemo, vpcSpecOf } from './vpc-spec'

/**
 * The containment tree of the diagram: root ⊃ accounts ⊃ regions ⊃ VPCs. Root, account and
 * region boxes are laid out with ELK, one sub-problem each; VPCs are placed directly.
 */
export interface LevelSpec {
  readonly id: string
  readonly kind: SceneElementKind | 'root'
  readonly styleKey: StyleKey
  readonly label: readonly string[]
  /** Nodes placed directly in this level (hubs, gateways, on-premises networks, the internet). */
  readonly leaves: NodeSpec[]
  readonly vpcs: VpcSpec[]
  readonly sublevels: LevelSpec[]
}

/** Where an edge end attaches: the ELK level that holds it, and the node or port id inside that level. */
export interface Anchor {
  readonly level: string
  readonly handle: string
  /** The child box of `level` that holds the end (the VPC for a gateway on its border). */
  readonly node: string
}

export interface Tree {
  readonly root: LevelSpec
  /** Every level by id, and each level's parent level id. */
  readonly levels: ReadonlyMap<string, LevelSpec>
  readonly parentLevel: ReadonlyMap<string, string>
  readonly anchors: ReadonlyMap<string, Anchor>
}

export const ROOT_ID = 'root'

/** `memo` carries VPC specs from the previous layout; unchanged VPCs reuse theirs. */
export function buildTree(index: ProjectIndex, memo?: VpcSpecMemo): Tree {
  const root: LevelSpec = { id: ROOT_ID, kind: 'root', styleKey: 'root', label: [index.project.name], leaves: [], vpcs: [], sublevels: [] }
  const levels = new Map<string, LevelSpec>([[ROOT_ID, root]])
  const parentLevel = new Map<string, string>()
  const anchors = new Map<string, Anchor>()

  const accountLevel = (accountId: string): LevelSpec => {
    const existing = levels.get(accountId)
    if (existing) return existing
    const account = index.getOf('account', accountId)
    const label = account ? labelLines(account, index) : [accountId, 'account not in design']
    const level: LevelSpec = { id: accountId, kind: 'accountBox', styleKey: 'account', label, leaves: [], vpcs: [], sublevels: [] }
    levels.set(accountId, level)
    parentLevel.set(accountId, ROOT_ID)
    root.sublevels.push(level)
    anchors.set(accountId, { level: ROOT_ID, handle: accountId, node: accountId })
    return level
  }
  const regionLevel = (accountId: string, region: string): LevelSpec => {
    const id = `region:${accountId}:${region}`
    const existing = levels.get(id)
    if (existing) return existing
    const level: LevelSpec = { id, kind: 'regionBox', styleKey: 'region', label: regionLabel(region), leaves: [], vpcs: [], sublevels: [] }
    levels.set(id, level)
    parentLevel.set(id, accountId)
    accountLevel(accountId).sublevels.push(level)
    anchors.set(id, { level: accountId, handle: id, node: id })
    return level
  }
  const addLeaf = (level: LevelSpec, r: NodeSpec) => {
    level.leaves.push(r)
    anchors.set(r.id, { level: level.id, handle: r.id, node: r.id })
  }

  for (const a of index.all('account')) accountLevel(a.id)
  const services = servicesByVpc(index)
  for (const vpc of index.all('vpc')) {
    const region = regionLevel(vpc.account, vpc.region)
    const spec = vpcSpecOf(vpc.id, index, services, memo)
    region.vpcs.push(spec)
    anchors.set(vpc.id, { level: region.id, handle: vpc.id, node: vpc.id })
    for (const n of [...spec.topRow, ...spec.bottomRow]) anchors.set(n.id, { level: region.id, handle: portIdOf(n.id), node: vpc.id })
  }
  for (const t of index.all('transitGateway')) {
    const region = regionLevel(t.account, t.region)
    addLeaf(region, node(t, index))
    for (const table of index.childrenOf(t.id, 'tgwRouteTable')) addLeaf(region, node(table, index))
  }
  for (const g of index.all('vpnGateway')) {
    if (g.vpc === undefined || !index.getOf('vpc', g.vpc)) addLeaf(regionLevel(g.account, g.region), node(g, index))
  }
  const internetUsed = index.all('internetGateway').length + index.all('egressOnlyInternetGateway').length > 0
  if (internetUsed) addLeaf(root, { id: INTERNET_ID, kind: 'internet', label: ['Internet'], styleKey: 'internet' })
  for (const kind of ['onPremNetwork', 'customerGateway', 'dxGateway'] as const) {
    for (const r of index.all(kind)) addLeaf(root, node(r, index))
  }
  for (const s of index.all('endpointService')) {
    if (!anchors.has(s.id)) addLeaf(root, node(s, index))
  }

  for (const level of levels.values()) {
    level.leaves.sort(byId)
    level.vpcs.sort(byId)
    level.sublevels.sort(byId)
  }
  return { root, levels, parentLevel, anchors }
}
