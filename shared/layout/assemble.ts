import type { Diagnostic } from '../validation/rule'
import type { LevelResult } from './elk-level'
import type { PiecePlan } from './edge-pieces'
import type { LayoutEdge } from './orient'
import type { Scene, SceneEdge, SceneElement, ScenePoint, SceneSeverity } from './scene'
import { boxStyle } from './style'
import { type LevelSpec, ROOT_ID, type Tree } from './tree'
import { nodeSize, type PlacedBox, type VpcLayout, type VpcPort } from './vpc-interior'

interface AssembleInput {
  readonly tree: Tree
  readonly edges: readonly LayoutEdge[]
  readonly plan: PiecePlan
  readonly vpcLayouts: ReadonlyMap<string, VpcLayout>
  readonly results: ReadonlyMap<string, LevelResult>
  readonly diagnostics: readonly Pick<Diagnostic, 'resourceId' | 'severity'>[]
  /** Scene parts of the previous run; unchanged ones are reused instead of rebuilt. */
  readonly memo: AssembleMemo
}

/**
 * Element and edge objects of the last Scene, with what they were built from. After a small edit
 * almost every VPC interior and edge is unchanged; reusing them keeps an edit's cost (and garbage)
 * proportional to what changed rather than to the design.
 */
export class AssembleMemo {
  interiors = new Map<string, { layout: VpcLayout; x: number; y: number; signature: string; elements: readonly SceneElement[] }>()
  edges = new Map<string, { deps: readonly unknown[]; edge: SceneEdge }>()
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const rank: Record<SceneSeverity, number> = { info: 1, warning: 2, error: 3 }

function worstSeverities(diagnostics: AssembleInput['diagnostics']): Map<string, SceneSeverity> {
  const out = new Map<string, SceneSeverity>()
  for (const d of diagnostics) {
    const current = out.get(d.resourceId)
    if (!current || rank[d.severity] > rank[current]) out.set(d.resourceId, d.severity)
  }
  return out
}

/** Turns level results (relative positions) into the absolute Scene, parents before children. */
export function assembleScene(input: AssembleInput): Scene {
  const { tree, results, vpcLayouts } = input
  const severities = worstSeverities(input.diagnostics)
  const elements: SceneElement[] = []
  const origins = new Map<string, ScenePoint>([[ROOT_ID, { x: 0, y: 0 }]])
  const vpcOrigins = new Map<string, ScenePoint>()

  const element = (e: Omit<SceneElement, 'icon' | 'severity'>): SceneElement => {
    const icon = boxStyle(e.styleKey).icon
    const severity = severities.get(e.id)
    const out: { -readonly [K in keyof SceneElement]: SceneElement[K] } = e
    if (icon !== '') out.icon = icon
    if (severity) out.severity = severity
    return out
  }
  const interiors: AssembleMemo['interiors'] = new Map()
  const interior = (vpcId: string, layout: VpcLayout, p: ScenePoint) => {
    const signature = severities.size === 0 ? '' : layout.boxes.map((b) => severities.get(b.id) ?? '').join(',')
    const last = input.memo.interiors.get(vpcId)
    const reuse = last && last.layout === layout && last.x === p.x && last.y === p.y && last.signature === signature
    const memo = reuse ? last : { layout, x: p.x, y: p.y, signature, elements: layout.boxes.map((box) => element(interiorElement(box, p))) }
    interiors.set(vpcId, memo)
    for (const e of memo.elements) elements.push(e)
  }
  const parentOf = (levelId: string) => (levelId === ROOT_ID ? {} : { parentId: levelId })

  const visit = (level: LevelSpec) => {
    const origin = origins.get(level.id)!
    const result = results.get(level.id)!
    const at = (id: string) => {
      const p = result.positions[id]!
      return { x: origin.x + p.x, y: origin.y + p.y }
    }
    const children = [...level.leaves.map((l) => ({ id: l.id, leaf: l })), ...level.vpcs.map((v) => ({ id: v.id, vpc: v })), ...level.sublevels.map((s) => ({ id: s.id, sub: s }))]
    children.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const child of children) {
      const p = at(child.id)
      if ('leaf' in child && child.leaf) {
        const l = child.leaf
        elements.push(element({ id: l.id, kind: l.kind, ...parentOf(level.id), ...p, ...nodeSize(l), label: l.label, styleKey: l.styleKey }))
      } else if ('vpc' in child && child.vpc) {
        const layout = vpcLayouts.get(child.id)!
        vpcOrigins.set(child.id, p)
        elements.push(element({ id: child.id, kind: 'vpc', ...parentOf(level.id), ...p, width: layout.width, height: layout.height, label: child.vpc.label, styleKey: 'vpc' }))
        interior(child.id, layout, p)
      } else if ('sub' in child && child.sub) {
        const sub = child.sub
        const r = results.get(sub.id)!
        origins.set(sub.id, p)
        elements.push(element({ id: sub.id, kind: sub.kind as SceneElement['kind'], ...parentOf(level.id), ...p, width: r.width, height: r.height, label: sub.label, styleKey: sub.styleKey }))
        visit(sub)
      }
    }
  }
  visit(tree.root)

  const ports = new Map<string, { vpcId: string; port: VpcPort }>()
  for (const [vpcId, layout] of vpcLayouts) for (const port of layout.ports) ports.set(port.id, { vpcId, port })
  const stub = (id: string): ScenePoint | undefined => {
    const found = ports.get(input.tree.anchors.get(id)!.handle)
    if (!found) return undefined
    const origin = vpcOrigins.get(found.vpcId)!
    return { x: origin.x + found.port.x, y: origin.y + found.port.ownerY }
  }
  const edgeMemo: AssembleMemo['edges'] = new Map()
  const edges = input.edges.map((e) => {
    const deps = edgeDeps(e, input, origins, stub, severities)
    const last = input.memo.edges.get(e.id)
    const edge = last && sameDeps(last.deps, deps) ? last.edge : stitchEdge(e, input, origins, stub, severities)
    edgeMemo.set(e.id, { deps, edge })
    return edge
  })
  input.memo.interiors = interiors
  input.memo.edges = edgeMemo
  const root = results.get(ROOT_ID)!
  return { width: root.width, height: root.height, elements, edges }
}

function interiorElement(box: PlacedBox, origin: ScenePoint): Omit<SceneElement, 'icon' | 'severity'> {
  return {
    id: box.id,
    kind: box.kind,
    parentId: box.parentId,
    x: origin.x + box.x,
    y: origin.y + box.y,
    width: box.width,
    height: box.height,
    label: box.label,
    styleKey: box.styleKey,
  }
}

/** Everything an edge's geometry is computed from, as values and object identities. */
function edgeDeps(
  edge: LayoutEdge,
  input: AssembleInput,
  origins: ReadonlyMap<string, ScenePoint>,
  stub: (id: string) => ScenePoint | undefined,
  severities: ReadonlyMap<string, SceneSeverity>,
): unknown[] {
  const deps: unknown[] = [edge.source, edge.target, edge.flipped, edge.label, edge.kind, edge.styleKey, severities.get(edge.id)]
  for (const { level, pieceId } of input.plan.chains.get(edge.id)!) {
    const origin = origins.get(level)!
    deps.push(input.results.get(level)!.routes[pieceId], origin.x, origin.y)
  }
  for (const end of [stub(edge.source), stub(edge.target)]) deps.push(end?.x, end?.y)
  return deps
}

function stitchEdge(
  edge: LayoutEdge,
  input: AssembleInput,
  origins: ReadonlyMap<string, ScenePoint>,
  stub: (id: string) => ScenePoint | undefined,
  severities: ReadonlyMap<string, SceneSeverity>,
): SceneEdge {
  const points: ScenePoint[] = []
  const chain = input.plan.chains.get(edge.id)!
  let labelAt: ScenePoint | undefined
  // Ends inside a VPC (gateways, endpoints) start on their own border, below or above the VPC port.
  const source = stub(edge.source)
  if (source) points.push(source)
  for (const { level, pieceId } of chain) {
    const origin = origins.get(level)!
    const route = input.results.get(level)!.routes[pieceId]!
    for (const p of route.points) points.push({ x: origin.x + p.x, y: origin.y + p.y })
    if (route.labelAt) labelAt = { x: origin.x + route.labelAt.x, y: origin.y + route.labelAt.y }
  }
  const target = stub(edge.target)
  if (target) points.push(target)
  const severity = severities.get(edge.id)
  const simplified = simplify(points)
  return {
    id: edge.id,
    kind: edge.kind,
    source: edge.flipped ? edge.target : edge.source,
    target: edge.flipped ? edge.source : edge.target,
    points: edge.flipped ? simplified.reverse() : simplified,
    ...(edge.label !== undefined ? { label: edge.label, ...(labelAt ? { labelAt } : {}) } : {}),
    styleKey: edge.styleKey,
    ...(severity ? { severity } : {}),
  }
}

/** Drops repeated points and the middle of three collinear points. */
function simplify(points: readonly ScenePoint[]): ScenePoint[] {
  const out: ScenePoint[] = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue
    const prev = out[out.length - 2]
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop()
    out.push(p)
  }
  return out
}
