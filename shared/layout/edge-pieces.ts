import type { LevelEdge } from './elk-level'
import { type LayoutEdge, lowestCommonLevel } from './orient'
import type { Anchor } from './tree'

/**
 * Splits every edge into pieces, one per level it crosses: from its source up to the lowest
 * level holding both ends, then down to its target. A piece inside a box ends on an external port
 * of that box; the level above sees that port as a fixed port of the child box. So a peering
 * between VPCs of two Regions is routed by the regions (VPC to region border) and by the account
 * (between the region borders), never through unrelated levels.
 *
 * Edges that leave a box towards the same place share its port and the pieces beyond it, like a
 * cable trunk: a region's fifty internet gateways reach the internet through one port of the
 * region and one of the account. A box with edges to more than TRUNK_LIMIT places has a single
 * exit and a single entry, which keeps the levels above small in very large designs. That keeps each ELK problem small (external ports are what
 * makes layered layout slow) and the diagram legible.
 */

export interface PiecePlan {
  /** Pieces per level id. */
  readonly byLevel: ReadonlyMap<string, LevelEdge[]>
  /** External port ids per level id. */
  readonly externalPorts: ReadonlyMap<string, string[]>
  /** For each edge id, its pieces in order from source to target, with the level each lives in. */
  readonly chains: ReadonlyMap<string, readonly { level: string; pieceId: string }[]>
  /** For each edge id, the index in its chain of the piece at the lowest level holding both ends. */
  readonly commonIndex: ReadonlyMap<string, number>
}

/** Whether an external port id (`x:<level>|in|…` or `x:<level>|out|…`; ids never contain "|") is an entry. */
export function isEntryPort(id: string): boolean {
  return id.includes('|in|')
}

/** Above this many distinct destinations, a box's leaving (or entering) edges share one port. */
const TRUNK_LIMIT = 6

interface Piece {
  source: string
  target: string
  label?: string
  edges: number
}

export function planPieces(edges: readonly LayoutEdge[], anchors: ReadonlyMap<string, Anchor>, parentLevel: ReadonlyMap<string, string>): PiecePlan {
  const pieces = new Map<string, Map<string, Piece>>()
  const externalPorts = new Map<string, Set<string>>()
  const chains = new Map<string, { level: string; pieceId: string }[]>()
  const lcaPieces = new Map<string, { level: string; pieceId: string }>()
  const commonIndex = new Map<string, number>()
  const use = (level: string, source: string, target: string): { level: string; pieceId: string } => {
    const pieceId = `${source}>${target}`
    let inLevel = pieces.get(level)
    if (!inLevel) pieces.set(level, (inLevel = new Map()))
    const piece = inLevel.get(pieceId)
    if (piece) piece.edges++
    else inLevel.set(pieceId, { source, target, edges: 1 })
    return { level, pieceId }
  }
  const port = (level: string, id: string) => {
    let set = externalPorts.get(level)
    if (!set) externalPorts.set(level, (set = new Set()))
    set.add(id)
    return id
  }

  const routes = edges.map((edge) => {
    const s = anchors.get(edge.source)!
    const t = anchors.get(edge.target)!
    const common = lowestCommonLevel(s.level, t.level, parentLevel)
    return { edge, s, t, ...common, toward: common.childB ?? t.node, from: common.childA ?? s.node }
  })
  // A box whose edges head for many places gets one exit (and one entry) for all of them.
  const destinations = new Map<string, Set<string>>()
  const note = (key: string, far: string) => {
    let set = destinations.get(key)
    if (!set) destinations.set(key, (set = new Set()))
    set.add(far)
  }
  for (const r of routes) {
    for (const level of r.up.slice(0, r.up.indexOf(r.lca))) note(`${level}:out`, `${r.lca}>${r.toward}`)
    for (const level of r.down.slice(0, r.down.indexOf(r.lca))) note(`${level}:in`, `${r.lca}>${r.from}`)
  }
  const portId = (level: string, direction: 'in' | 'out', far: string) =>
    `x:${level}|${direction}|${destinations.get(`${level}:${direction}`)!.size > TRUNK_LIMIT ? '*' : far}`

  for (const { edge, s, t, lca, up, down, toward, from } of routes) {
    const chain: { level: string; pieceId: string }[] = []
    let sourceHandle = s.handle
    for (const level of up.slice(0, up.indexOf(lca))) {
      const out = port(level, portId(level, 'out', `${lca}>${toward}`))
      chain.push(use(level, sourceHandle, out))
      sourceHandle = out
    }
    const tail: { level: string; pieceId: string }[] = []
    let targetHandle = t.handle
    for (const level of down.slice(0, down.indexOf(lca))) {
      const into = port(level, portId(level, 'in', `${lca}>${from}`))
      tail.unshift(use(level, into, targetHandle))
      targetHandle = into
    }
    const shared = use(lca, sourceHandle, targetHandle)
    lcaPieces.set(edge.id, shared)
    commonIndex.set(edge.id, chain.length)
    chain.push(shared, ...tail)
    chains.set(edge.id, chain)
  }

  // A label goes on the edge's own piece: the one at the common level when not shared, else the
  // first piece that carries this edge alone. Edges sharing every piece keep their label text only.
  for (const edge of edges) {
    if (edge.label === undefined) continue
    const chain = chains.get(edge.id)!
    const own = chain.filter((c) => pieces.get(c.level)!.get(c.pieceId)!.edges === 1)
    const chosen = own.find((c) => c === lcaPieces.get(edge.id)) ?? own[0]
    if (chosen) pieces.get(chosen.level)!.get(chosen.pieceId)!.label = edge.label
  }

  const byLevel = new Map<string, LevelEdge[]>()
  for (const [level, inLevel] of pieces) {
    byLevel.set(
      level,
      [...inLevel].map(([id, p]) => (p.label === undefined ? { id, source: p.source, target: p.target } : { id, source: p.source, target: p.target, label: p.label })),
    )
  }
  const ports = new Map<string, string[]>()
  for (const [level, set] of externalPorts) ports.set(level, [...set])
  return { byLevel, externalPorts: ports, chains, commonIndex }
}
