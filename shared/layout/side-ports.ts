import type { LevelChild } from './elk-level'
import type { PiecePlan } from './edge-pieces'
import type { LayoutEdge } from './orient'
import type { Pins } from './pins'
import { arrangeRows } from './region-placement'
import type { Anchor, LevelSpec, Tree } from './tree'

/**
 * Edges between boxes that sit side by side leave through the sides facing each other.
 *
 * Levels are laid out from the inside out, and a box's border ports are fixed before its parent
 * places it, so by default an edge enters a box from the top and leaves it from the bottom. For two
 * neighbours in one row (two Regions of an account, two VPCs of a Region) that makes the edge leave
 * one box downwards and climb over the other to enter it from above. Direct placement puts a
 * level's children in rows from their ids, roles and links alone (`arrangeRows`), so before any
 * level is laid out we know which edges join neighbours in a row; those get EAST / WEST ports on
 * every box they cross and on their VPC ends, and run straight across.
 */

export type Side = 'EAST' | 'WEST'

/**
 * Keys: external port ids (`x:<level>|…`) and VPC edge ends (`end:<pieceId>:source|target`, the
 * port ids layout gives them) that go on the east or west border instead of the bottom or top.
 */
export type SidePlan = ReadonlyMap<string, Side>

export function roleOf(kind: LevelSpec['leaves'][number]['kind']): LevelChild['role'] {
  if (kind === 'transitGateway') return 'hub'
  if (kind === 'internet' || kind === 'onPremNetwork' || kind === 'customerGateway' || kind === 'dxGateway') return 'outside'
  return 'leaf'
}

const DEFAULT = 'default'

/** Where direct placement will put a level's children: row and column of each box, and the row of everything (band included). */
export interface LevelArrangement {
  /** Boxes in plain rows (not the hub band): row index, column, and how many the row holds. */
  readonly grid: ReadonlyMap<string, { row: number; column: number; of: number }>
  /** Every child's row index, top to bottom, the hub band included. */
  readonly rowOf: ReadonlyMap<string, number>
}

/** The child box of a level that holds an edge handle (a child id, a child's port id, or a child's external port `x:<child>|…`). */
export function handleOwners(tree: Tree): (handle: string) => string {
  const ownerOfHandle = new Map<string, string>()
  for (const a of tree.anchors.values()) ownerOfHandle.set(a.handle, a.node)
  return (handle) => (handle.startsWith('x:') ? handle.slice(2, handle.indexOf('|')) : (ownerOfHandle.get(handle) ?? handle))
}

/**
 * The row arrangement of each directly placed level, memoised per level id, before any level is
 * laid out; undefined for levels ELK arranges and for levels with pinned children.
 */
export function levelArrangements(tree: Tree, plan: PiecePlan, pins: Pins, usesElk: (level: LevelSpec) => boolean): (levelId: string) => LevelArrangement | undefined {
  const ownerOf = handleOwners(tree)
  const memo = new Map<string, LevelArrangement | undefined>()
  const arrangement = (level: LevelSpec): LevelArrangement | undefined => {
    const children = [
      ...level.leaves.map((l) => ({ id: l.id, role: roleOf(l.kind) })),
      ...level.vpcs.map((v) => ({ id: v.id, role: 'vpc' as const })),
      ...level.sublevels.map((s) => ({ id: s.id, role: 'box' as const })),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    // ELK arranges its levels itself; pinned boxes are wherever the user put them.
    if (usesElk(level) || children.some((c) => pins[c.id])) return undefined
    const ids = new Set(children.map((c) => c.id))
    const owner = (handle: string): string | undefined => {
      const box = ownerOf(handle)
      return ids.has(box) ? box : undefined
    }
    const links = (plan.byLevel.get(level.id) ?? []).map((p) => ({ source: owner(p.source), target: owner(p.target) }))
    const grid = new Map<string, { row: number; column: number; of: number }>()
    const rowOf = new Map<string, number>()
    arrangeRows(children, links).rows.forEach((r, row) => {
      for (const group of r.items) for (const c of group) rowOf.set(c.id, row)
      if (!r.band) r.items.forEach(([c], column) => grid.set(c!.id, { row, column, of: r.items.length }))
    })
    return { grid, rowOf }
  }
  return (levelId) => {
    if (!memo.has(levelId)) memo.set(levelId, arrangement(tree.levels.get(levelId)!))
    return memo.get(levelId)
  }
}

export function planSides(
  tree: Tree,
  edges: readonly LayoutEdge[],
  plan: PiecePlan,
  pins: Pins,
  usesElk: (level: LevelSpec) => boolean,
  arrangementOf = levelArrangements(tree, plan, pins, usesElk),
): SidePlan {
  const vpcIds = new Set<string>()
  for (const level of tree.levels.values()) for (const v of level.vpcs) vpcIds.add(v.id)
  const boxOf = handleOwners(tree)
  const pieceById = new Map<string, Map<string, { source: string; target: string }>>()
  for (const [level, pieces] of plan.byLevel) pieceById.set(level, new Map(pieces.map((p) => [p.id, p])))

  const gridOf = (levelId: string) => arrangementOf(levelId)?.grid

  // What each key is wanted as, by every edge through it; an edge whose keys disagree gives up its sides.
  const wants = new Map<string, Set<string>>()
  const want = (key: string, side: string) => {
    let set = wants.get(key)
    if (!set) wants.set(key, (set = new Set()))
    set.add(side)
  }
  const candidates: { key: string; side: string }[][] = []
  for (const edge of edges) {
    const chain = plan.chains.get(edge.id)!
    const k = plan.commonIndex.get(edge.id)!
    const piece = (i: number) => pieceById.get(chain[i]!.level)!.get(chain[i]!.pieceId)!
    const source = tree.anchors.get(edge.source)!
    const target = tree.anchors.get(edge.target)!
    // Each box the edge leaves (from its own end up to the child of the common level), then each it enters.
    const crossings: { key: string | undefined; box: string; level: string; leaving: boolean; common: boolean }[] = []
    for (let j = 0; j <= k; j++) {
      const key = j === 0 ? (vpcIds.has(source.handle) ? `end:${chain[0]!.pieceId}:source` : undefined) : piece(j - 1).target
      crossings.push({ key, box: j === 0 ? source.node : chain[j - 1]!.level, level: chain[j]!.level, leaving: true, common: j === k })
    }
    const last = chain.length - 1
    for (let j = k; j <= last; j++) {
      const key = j === last ? (vpcIds.has(target.handle) ? `end:${chain[last]!.pieceId}:target` : undefined) : piece(j + 1).source
      crossings.push({ key, box: j === last ? target.node : chain[j + 1]!.level, level: chain[j]!.level, leaving: false, common: j === k })
    }
    const out = sideOut(source, target, chain[k]!, piece(k))
    // Below the common level, every box must stand at that end of its own row (nothing of its row
    // in the way), else the whole edge keeps top and bottom.
    const facing =
      out !== undefined &&
      crossings.every((c) => {
        if (c.common) return true
        const at = gridOf(c.level)?.get(c.box)
        const side: Side = c.leaving === (out === 'EAST') ? 'EAST' : 'WEST'
        return at !== undefined && (side === 'WEST' ? at.column === 0 : at.column === at.of - 1)
      })
    const list: { key: string; side: string }[] = []
    crossings.forEach((c, i) => {
      if (c.key === undefined) return
      if (!facing || c.key.endsWith('|*')) {
        // A trunk port gathers edges to many places: it stays on the top or bottom.
        want(c.key, DEFAULT)
        return
      }
      const side: Side = c.leaving === (out === 'EAST') ? 'EAST' : 'WEST'
      // A border port sits level with the one box inside it that its edges come from or go to,
      // so the edge runs straight through the narrow margin beside that box.
      const inner = c.key.startsWith('x:') ? crossings[c.leaving ? i - 1 : i + 1]?.box : undefined
      list.push({ key: c.key, side: inner === undefined ? side : `${side}:${inner}` })
    })
    if (list.length === 0) continue
    for (const { key, side } of list) want(key, side)
    candidates.push(list)
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let i = 0; i < candidates.length; i++) {
      const list = candidates[i]!
      if (list.length === 0 || list.every(({ key }) => wants.get(key)!.size === 1)) continue
      for (const { key } of list) want(key, DEFAULT)
      candidates[i] = []
      changed = true
    }
  }
  const result = new Map<string, Side>()
  for (const list of candidates) for (const { key, side } of list) result.set(key, side.slice(0, 4) as Side)
  return result

  /** EAST when the edge's two ends lie in neighbouring boxes of one row at their common level, the source on the left; WEST the other way round. */
  function sideOut(source: Anchor, target: Anchor, common: { level: string }, piece: { source: string; target: string }): Side | undefined {
    // Only ends that are boxes themselves (VPCs, hubs): a gateway or endpoint keeps its own border port.
    if (source.handle !== source.node || target.handle !== target.node) return undefined
    const grid = gridOf(common.level)
    if (!grid) return undefined
    const a = grid.get(boxOf(piece.source))
    const b = grid.get(boxOf(piece.target))
    if (!a || !b || a.row !== b.row || Math.abs(a.column - b.column) !== 1) return undefined
    return a.column < b.column ? 'EAST' : 'WEST'
  }
}
