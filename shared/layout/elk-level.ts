import ELK, { type ElkExtendedEdge, type ElkNode, type ElkPort } from 'elkjs/lib/elk.bundled.js'
import { simplifyPath } from './router'
import type { ScenePoint } from './scene'
import { edgeStyle, PADDING, textHeight, textWidth } from './style'

/**
 * One sub-problem of the layout: the direct children of a root, account or region box as
 * fixed-size nodes, the edges between them, and the edges that leave the box through external
 * ports (ELK puts those ports on the box border; the parent level then treats them as fixed ports).
 */

export type PortSide = 'NORTH' | 'SOUTH' | 'EAST' | 'WEST'

export interface LevelPort {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly side: PortSide
}

export interface LevelChild {
  readonly id: string
  /**
   * How direct placement treats it: transit gateways are hubs with their route tables as leaves;
   * networks outside AWS (internet, on-premises, customer and DX gateways) go on top.
   */
  readonly role?: 'hub' | 'vpc' | 'leaf' | 'box' | 'outside'
  readonly width: number
  readonly height: number
  readonly ports: readonly LevelPort[]
}

export interface LevelEdge {
  readonly id: string
  /** A child id, a child's port id, or one of this level's external port ids. */
  readonly source: string
  readonly target: string
  readonly label?: string
}

export interface LevelProblem {
  readonly id: string
  /** Height of the label band above the children. */
  readonly header: number
  /** The box is at least this wide, so its label fits. */
  readonly minWidth: number
  readonly children: readonly LevelChild[]
  readonly edges: readonly LevelEdge[]
  readonly externalPorts: readonly string[]
  /**
   * External ports that go on the east or west border (edges to a neighbour in the parent's row,
   * see side-ports.ts); the others enter at the top and leave at the bottom. Direct placement only.
   */
  readonly portSides?: Readonly<Record<string, 'EAST' | 'WEST'>>
}

export interface EdgeRoute {
  readonly points: readonly ScenePoint[]
  readonly labelAt?: ScenePoint
}

/** Positions relative to the level box's top-left corner. */
export interface LevelResult {
  readonly width: number
  readonly height: number
  readonly positions: Readonly<Record<string, ScenePoint>>
  readonly externalPorts: Readonly<Record<string, LevelPort>>
  readonly routes: Readonly<Record<string, EdgeRoute>>
}

export const NODE_SPACING = 36
const LAYER_SPACING = 48

const elk = new ELK()

function elkOptions(header: number): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.padding': `[top=${header},left=${PADDING * 2},bottom=${PADDING * 2},right=${PADDING * 2}]`,
    'elk.spacing.nodeNode': String(NODE_SPACING),
    'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
    'elk.spacing.edgeNode': '16',
    'elk.spacing.edgeEdge': '10',
    'elk.spacing.edgeLabel': '4',
    'elk.spacing.componentComponent': String(NODE_SPACING),
    'elk.layered.spacing.edgeNodeBetweenLayers': '16',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // Fewer crossing-minimisation sweeps: the graphs are small, and layout time is the budget.
    'elk.layered.thoroughness': '1',
    'elk.separateConnectedComponents': 'true',
    'elk.aspectRatio': '1.6',
    'elk.edgeLabels.placement': 'CENTER',
    'elk.portConstraints': 'FREE',
  }
}

function toElkPort(p: LevelPort): ElkPort {
  return { id: p.id, x: p.x, y: p.y, width: 0, height: 0, layoutOptions: { 'elk.port.side': p.side } }
}

function toElkEdge(e: LevelEdge): ElkExtendedEdge {
  const edge: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] }
  if (e.label !== undefined) {
    const style = edgeStyle('peering')
    edge.labels = [{ id: `${e.id}#label`, text: e.label, width: textWidth(e.label, style.fontSize) + 4, height: textHeight(1, style.fontSize) }]
  }
  return edge
}

export function sideOf(x: number, y: number, width: number, height: number): PortSide {
  const distances: [PortSide, number][] = [
    ['NORTH', y],
    ['SOUTH', height - y],
    ['WEST', x],
    ['EAST', width - x],
  ]
  return distances.reduce((best, d) => (d[1] < best[1] ? d : best))[0]
}

/**
 * ELK's node placement (Brandes–Köpf) lines boxes up so that edges between them run straight, even
 * when that shifts a whole layer sideways and makes the level wider (an account shifted 82 units to
 * meet one peering straight). Placement that does not favour straight edges balances the layers
 * instead. Each level is laid out both ways and keeps the narrower, the straight one on a tie.
 */
const PLACEMENTS: readonly Record<string, string>[] = [{}, { 'elk.layered.nodePlacement.favorStraightEdges': 'false' }]

/** Runs ELK on one level. Deterministic: inputs are sorted by the caller and ELK's seed is fixed. */
export async function layoutLevel(problem: LevelProblem): Promise<LevelResult> {
  let best: LevelResult | undefined
  for (const placement of PLACEMENTS) {
    const result = await layoutOnce(problem, placement)
    if (!best || result.width < best.width) best = result
  }
  return best!
}

/**
 * ELK centres boxes and ports at fractions of a unit; every coordinate it returns is rounded the
 * same way, so boxes stay on whole units, equal coordinates stay equal (segments stay orthogonal)
 * and an edge end at a box's port moves with the box.
 */
const r = (v: number | undefined) => Math.round(v ?? 0)

async function layoutOnce(problem: LevelProblem, placement: Readonly<Record<string, string>>): Promise<LevelResult> {
  const graph: ElkNode = {
    id: problem.id,
    layoutOptions: { ...elkOptions(problem.header), ...placement },
    ports: problem.externalPorts.map((id) => ({ id, width: 0, height: 0 })),
    children: problem.children.map((c) => ({
      id: c.id,
      width: c.width,
      height: c.height,
      ports: c.ports.map(toElkPort),
      layoutOptions: { 'elk.portConstraints': c.ports.length > 0 ? 'FIXED_POS' : 'FREE' },
    })),
    edges: problem.edges.map(toElkEdge),
  }
  // ELK lays out external ports only on a nested graph, so the level hangs under a fixed wrapper.
  const wrapper = await elk.layout({ id: `${problem.id}#wrapper`, layoutOptions: { 'elk.algorithm': 'fixed' }, children: [graph] })
  const laid = wrapper.children![0]!
  const width = Math.ceil(Math.max(laid.width ?? 0, problem.minWidth))
  const height = Math.ceil(Math.max(laid.height ?? 0, problem.header + PADDING))
  const positions: Record<string, ScenePoint> = {}
  for (const c of laid.children ?? []) positions[c.id] = { x: r(c.x), y: r(c.y) }
  const externalPorts: Record<string, LevelPort> = {}
  for (const p of laid.ports ?? []) {
    const side = sideOf(p.x ?? 0, p.y ?? 0, laid.width ?? 0, laid.height ?? 0)
    // The box may have been widened for its label: east ports move to the new border.
    const x = side === 'EAST' ? width : r(p.x)
    const y = side === 'SOUTH' ? height : r(p.y)
    externalPorts[p.id] = { id: p.id, x, y, side }
  }
  const routes: Record<string, EdgeRoute> = {}
  for (const e of laid.edges ?? []) {
    const section = e.sections?.[0]
    if (!section) continue
    const points = simplifyPath([section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: r(p.x), y: r(p.y) })))
    const label = e.labels?.[0]
    routes[e.id] = label ? { points, labelAt: { x: r(label.x), y: r(label.y) } } : { points }
  }
  return { width, height, positions, externalPorts, routes }
}
