import type { Project } from '../model/project'
import { ProjectIndex } from '../model/project-index'
import type { Diagnostic } from '../validation/rule'
import { labelBandHeight, minBoxWidth } from './box-geometry'
import { LayoutCache } from './cache'
import { type LevelChild, type LevelProblem, type LevelResult, layoutLevel } from './elk-level'
import { planPieces, type PiecePlan } from './edge-pieces'
import { modelEdges } from './model-edges'
import { orientEdges } from './orient'
import { layoutRegion } from './region-placement'
import { handleOwners, levelArrangements, planSides, roleOf, type Side, type SidePlan } from './side-ports'
import { planEdgeBoxSides } from './edge-box-sides'
import { applyPins, type Pins, pinsOf } from './pins'
import { assembleScene } from './assemble'
import type { Scene } from './scene'
import { boxStyle, PADDING } from './style'
import { buildTree, type LevelSpec, ROOT_ID } from './tree'
import { nodeSize, placeVpc, type VpcLayout } from './vpc-interior'

export interface LayoutOptions {
  /**
   * Positions of boxes the user moved: element id → top-left corner relative to the parent box's
   * top-left (absolute for top-level boxes). Defaults to the project's `layout.pins`; pass `{}`
   * for a fresh layout that ignores them.
   */
  readonly pins?: Pins
  /** Diagnostics to badge on their resources; the worst severity per resource wins. */
  readonly diagnostics?: readonly Pick<Diagnostic, 'resourceId' | 'severity'>[]
  /** Keep one cache per document and pass it to every layout: unchanged sub-problems are reused. */
  readonly cache?: LayoutCache
}

/** Lays out a design as a Scene. Pure: same project, pins and diagnostics give the same Scene. */
export async function layoutProject(project: Project, options: LayoutOptions = {}): Promise<Scene> {
  const cache = options.cache ?? new LayoutCache()
  const pins = options.pins ?? project.layout.pins
  const index = new ProjectIndex(project)
  const tree = buildTree(index, cache.vpcSpecs)
  const edges = orientEdges(
    modelEdges(index).filter((e) => tree.anchors.has(e.source) && tree.anchors.has(e.target)),
    tree,
  )
  cache.beginRun()
  try {
    const plan = planPieces(edges, tree.anchors, tree.parentLevel)
    const arrangementOf = levelArrangements(tree, plan, pins, usesElk)
    const sides = planSides(tree, edges, plan, pins, usesElk, arrangementOf)
    // Decided from ids, roles and links only, before any VPC is placed; part of the VPC's cache key.
    const moved = planEdgeBoxSides(tree, edges, plan, sides, arrangementOf, handleOwners(tree))
    const vpcLayouts = new Map<string, VpcLayout>()
    for (const level of tree.levels.values()) {
      for (const spec of level.vpcs) {
        const ids = moved.get(spec.id) ?? []
        const key = ids.length === 0 ? cache.keyOf(spec) : `${cache.keyOf(spec)}|moved:${ids.join(',')}`
        vpcLayouts.set(spec.id, cache.vpc(key, () => placeVpc(spec, ids)))
      }
    }
    const results = new Map<string, LevelResult>()
    await layoutLevels(tree.root, { plan, sides, vpcLayouts, results, cache, pins })
    return assembleScene({ tree, edges, plan, vpcLayouts, results, diagnostics: options.diagnostics ?? [], memo: cache.assembled })
  } finally {
    cache.endRun()
  }
}

interface LevelContext {
  readonly plan: PiecePlan
  readonly sides: SidePlan
  readonly vpcLayouts: ReadonlyMap<string, VpcLayout>
  readonly results: Map<string, LevelResult>
  readonly cache: LayoutCache
  readonly pins: Pins
}

/**
 * The root goes to ELK's layered algorithm while it is small, where it earns its cost: it ranks
 * on-premises networks, gateways and accounts by how they connect. Above this many boxes one ELK
 * run costs more than the rest of the layout together, and direct placement takes over.
 */
const ROOT_ELK_LIMIT = 12

/** Whether a level goes to ELK (see ROOT_ELK_LIMIT) rather than direct placement. */
function usesElk(level: LevelSpec): boolean {
  return level.kind === 'root' && level.leaves.length + level.vpcs.length + level.sublevels.length <= ROOT_ELK_LIMIT
}

/** Lays out sub-levels first: a level needs its children's sizes and border ports. */
async function layoutLevels(level: LevelSpec, ctx: LevelContext): Promise<LevelResult> {
  const sublevelChildren: LevelChild[] = []
  for (const sub of level.sublevels) {
    const r = await layoutLevels(sub, ctx)
    sublevelChildren.push({ id: sub.id, role: 'box', width: r.width, height: r.height, ports: Object.values(r.externalPorts) })
  }
  const pieces = ctx.plan.byLevel.get(level.id) ?? []
  const vpcIds = new Set(level.vpcs.map((v) => v.id))
  const endPorts = new Map<string, EndPort[]>()
  const edges = pieces.map((piece) => {
    const ends = { source: piece.source, target: piece.target }
    for (const end of ['source', 'target'] as const) {
      if (!vpcIds.has(piece[end])) continue
      // A VPC has fixed gateway ports, so ELK would pin port-less edge ends to its corner: give them ports.
      const id = `end:${piece.id}:${end}`
      const list = endPorts.get(piece[end]) ?? []
      list.push({ id, side: ctx.sides.get(id) ?? (end === 'source' ? 'SOUTH' : 'NORTH') })
      endPorts.set(piece[end], list)
      ends[end] = id
    }
    return { ...piece, ...ends }
  })
  const vpcChildren = level.vpcs.map((spec): LevelChild => {
    const l = ctx.vpcLayouts.get(spec.id)!
    const ports = l.ports.map((p) => ({ id: p.id, x: p.x, y: p.y, side: p.side }))
    return { id: spec.id, role: 'vpc', width: l.width, height: l.height, ports: [...ports, ...spreadPorts(endPorts.get(spec.id) ?? [], l)] }
  })
  const leafChildren = level.leaves.map((leaf): LevelChild => ({ id: leaf.id, role: roleOf(leaf.kind), ...nodeSize(leaf), ports: [] }))
  const style = boxStyle(level.styleKey)
  const isRoot = level.id === ROOT_ID
  const externalPorts = ctx.plan.externalPorts.get(level.id) ?? []
  const portSides: Record<string, Side> = {}
  for (const id of externalPorts) {
    const side = ctx.sides.get(id)
    if (side) portSides[id] = side
  }
  const problem: LevelProblem = {
    id: level.id,
    header: isRoot ? PADDING * 2 : labelBandHeight(level.label, style),
    minWidth: isRoot ? 0 : minBoxWidth(level.label, style),
    children: [...leafChildren, ...vpcChildren, ...sublevelChildren].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    edges,
    externalPorts,
    ...(Object.keys(portSides).length > 0 ? { portSides } : {}),
  }
  const levelPins = pinsOf(problem, ctx.pins)
  const key = JSON.stringify([problem, levelPins])
  const result = await ctx.cache.level(key, async () => {
    const laid =
      problem.children.length === 0 && problem.externalPorts.length === 0
        ? emptyLevel(problem)
        : usesElk(level)
          ? await runElk(problem, ctx.cache)
          : layoutRegion(problem)
    return Object.keys(levelPins).length > 0 ? applyPins(problem, laid, levelPins) : laid
  })
  ctx.results.set(level.id, result)
  return result
}

interface EndPort {
  readonly id: string
  readonly side: 'NORTH' | 'SOUTH' | Side
}

/**
 * Edge-end ports spread evenly along the VPC's top (incoming) and bottom (outgoing) borders, clear
 * of gateway ports; ends towards a neighbour in the same row (see side-ports.ts) down the middle of
 * the facing side.
 */
function spreadPorts(ends: readonly EndPort[], layout: VpcLayout): LevelChild['ports'] {
  const out: LevelChild['ports'][number][] = []
  for (const side of ['NORTH', 'SOUTH'] as const) {
    const onSide = ends.filter((e) => e.side === side)
    const taken = layout.ports.filter((p) => p.side === side).map((p) => p.x)
    onSide.forEach((end, i) => {
      let x = Math.round((layout.width * (i + 1)) / (onSide.length + 1))
      while (taken.some((t) => Math.abs(t - x) < 8)) x += 8
      taken.push(x)
      out.push({ id: end.id, x, y: side === 'NORTH' ? 0 : layout.height, side })
    })
  }
  for (const side of ['WEST', 'EAST'] as const) {
    const onSide = ends.filter((e) => e.side === side)
    onSide.forEach((end, i) => {
      out.push({ id: end.id, x: side === 'WEST' ? 0 : layout.width, y: Math.round((layout.height * (i + 1)) / (onSide.length + 1)), side })
    })
  }
  return out
}

async function runElk(problem: LevelProblem, cache: LayoutCache): Promise<LevelResult> {
  cache.stats.elkCalls++
  return layoutLevel(problem)
}

function emptyLevel(problem: LevelProblem): LevelResult {
  return { width: problem.minWidth, height: problem.header + PADDING, positions: {}, externalPorts: {}, routes: {} }
}
