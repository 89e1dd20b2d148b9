import type { ModelEdge } from './model-edges'
import type { Tree } from './tree'

/** An edge as layout sees it: possibly reversed, so that every level's layered layout stays acyclic. */
export interface LayoutEdge extends ModelEdge {
  /** True when source and target were swapped for layout; the Scene edge keeps the model direction. */
  readonly flipped: boolean
}

/** Boxes drawn at the top of the root: where traffic comes from outside AWS. */
const OUTSIDE = new Set(['internet', 'onPremNetwork', 'customerGateway', 'dxGateway'])

export interface CommonLevel {
  readonly lca: string
  /** Levels from each end's level up to the root. */
  readonly up: readonly string[]
  readonly down: readonly string[]
  /** The child boxes of `lca` holding each end; undefined when the end sits directly in `lca`. */
  readonly childA: string | undefined
  readonly childB: string | undefined
}

export function lowestCommonLevel(a: string, b: string, parentLevel: ReadonlyMap<string, string>): CommonLevel {
  const up: string[] = [a]
  for (let l = parentLevel.get(a); l !== undefined; l = parentLevel.get(l)) up.push(l)
  const down: string[] = [b]
  for (let l = parentLevel.get(b); l !== undefined; l = parentLevel.get(l)) down.push(l)
  const downSet = new Set(down)
  const lca = up.find((l) => downSet.has(l))!
  const ia = up.indexOf(lca)
  const ib = down.indexOf(lca)
  return { lca, up, down, childA: ia > 0 ? up[ia - 1] : undefined, childB: ib > 0 ? down[ib - 1] : undefined }
}

/**
 * An edge that crosses box borders enters its boxes from the top and leaves them from the bottom
 * (ports ELK placed while laying out the inner box), so at the level holding both ends it must run
 * downwards too. Such edges are oriented by one order of that level's children: outside networks
 * first, then the boxes with most connections (hubs), then by id. Edges between two direct children
 * keep their direction, so a hub's spokes can sit above and below it.
 */
export function orientEdges(edges: readonly ModelEdge[], tree: Tree): LayoutEdge[] {
  const crossing = edges.map((e) => {
    const s = tree.anchors.get(e.source)!
    const t = tree.anchors.get(e.target)!
    const { lca, childA, childB } = lowestCommonLevel(s.level, t.level, tree.parentLevel)
    return { edge: e, lca, a: childA ?? s.node, b: childB ?? t.node, crosses: childA !== undefined || childB !== undefined }
  })
  const degree = new Map<string, number>()
  for (const c of crossing) {
    if (!c.crosses || c.a === c.b) continue
    degree.set(c.a, (degree.get(c.a) ?? 0) + 1)
    degree.set(c.b, (degree.get(c.b) ?? 0) + 1)
  }
  const kinds = new Map<string, string>()
  for (const level of tree.levels.values()) {
    kinds.set(level.id, level.kind)
    for (const leaf of level.leaves) kinds.set(leaf.id, leaf.kind)
  }
  const kindOf = (id: string) => kinds.get(id)
  const before = (x: string, y: string): boolean => {
    const ox = OUTSIDE.has(kindOf(x) ?? '') ? 0 : 1
    const oy = OUTSIDE.has(kindOf(y) ?? '') ? 0 : 1
    if (ox !== oy) return ox < oy
    const dx = degree.get(x) ?? 0
    const dy = degree.get(y) ?? 0
    if (dx !== dy) return dx > dy
    return x < y
  }
  return crossing.map(({ edge, a, b, crosses }) => {
    const flipped = crosses && a !== b && !before(a, b)
    return flipped ? { ...edge, source: edge.target, target: edge.source, flipped } : { ...edge, flipped }
  })
}
