import { isEntryPort, type PiecePlan } from './edge-pieces'
import type { LayoutEdge } from './orient'
import type { LevelArrangement, SidePlan } from './side-ports'
import type { Tree } from './tree'
import { portIdOf } from './vpc-interior'

/**
 * Which VPC-edge boxes (gateways, endpoints, endpoint services) go on the other border of their VPC
 * than the usual one (internet and VPN gateways on top, endpoints at the bottom).
 *
 * An edge box's edges leave the VPC through its own port, straight out of the border it sits on.
 * Whether they then head up or down is known before any level is laid out: an edge crossing the
 * Region's border runs through an entry port on the Region's top or an exit port on its bottom
 * (edges are oriented so that they run downwards at the level holding both ends, see orient.ts),
 * and an edge to another box of the same Region goes to a row that direct placement derives from
 * ids, roles and links alone (`arrangeRows`). A box all of whose edges go up sits on the top
 * border, one all of whose edges go down on the bottom: an endpoint service whose consumers are
 * drawn above it takes the top, so the PrivateLink edge drops straight in instead of running round
 * the VPC to reach it from below. Boxes without edges, or with edges both ways, keep the convention.
 *
 * The result only depends on the tree, the oriented edges and the side plan, so it is the same for
 * the same project; it is part of each VPC's cache key next to the VPC's spec.
 */
export function planEdgeBoxSides(
  tree: Tree,
  edges: readonly LayoutEdge[],
  plan: PiecePlan,
  sides: SidePlan,
  arrangementOf: (levelId: string) => LevelArrangement | undefined,
  ownerOf: (handle: string) => string,
): Map<string, string[]> {
  // Per edge box: 'up' / 'down' per edge, or undefined when the edge's way cannot be told.
  const ways = new Map<string, ('up' | 'down' | undefined)[]>()
  const pieces = new Map<string, Map<string, { source: string; target: string }>>()
  for (const [level, list] of plan.byLevel) pieces.set(level, new Map(list.map((p) => [p.id, p])))
  for (const edge of edges) {
    const chain = plan.chains.get(edge.id)!
    for (const end of ['source', 'target'] as const) {
      const anchor = tree.anchors.get(edge[end])!
      if (anchor.handle !== portIdOf(edge[end])) continue
      const link = end === 'source' ? chain[0]! : chain[chain.length - 1]!
      const piece = pieces.get(link.level)!.get(link.pieceId)!
      const other = end === 'source' ? piece.target : piece.source
      let way: 'up' | 'down' | undefined
      if (other.startsWith(`x:${link.level}|`)) {
        // Through the Region's own border: entries on top, exits at the bottom, unless on a side.
        if (!sides.has(other)) way = isEntryPort(other) ? 'up' : 'down'
      } else {
        const rows = arrangementOf(link.level)?.rowOf
        const mine = rows?.get(anchor.node)
        const theirs = rows?.get(ownerOf(other))
        if (mine !== undefined && theirs !== undefined && mine !== theirs) way = theirs < mine ? 'up' : 'down'
      }
      const list = ways.get(edge[end]) ?? []
      list.push(way)
      ways.set(edge[end], list)
    }
  }
  const moved = new Map<string, string[]>()
  for (const level of tree.levels.values()) {
    for (const vpc of level.vpcs) {
      const ids: string[] = []
      for (const [row, usual] of [
        [vpc.topRow, 'up'],
        [vpc.bottomRow, 'down'],
      ] as const) {
        for (const n of row) {
          const list = ways.get(n.id)
          if (list !== undefined && list.every((w) => w !== undefined && w !== usual)) ids.push(n.id)
        }
      }
      if (ids.length > 0) moved.set(vpc.id, ids.sort())
    }
  }
  return moved
}
