import { labelBandHeight, minBoxWidth } from '../box-geometry'
import { type Rect, rectContains, rectsOverlap, type Scene, type SceneElement, type ScenePoint } from '../scene'
import { boxStyle, edgeStyle, textHeight, textWidth } from '../style'

/** Geometry a Scene must satisfy; each returns human-readable violations (empty when fine). */

const EPS = 0.5

export function childrenOutsideParents(scene: Scene): string[] {
  const byId = new Map(scene.elements.map((e) => [e.id, e]))
  const problems: string[] = []
  for (const e of scene.elements) {
    if (e.parentId === undefined) {
      if (!rectContains({ x: -EPS, y: -EPS, width: scene.width + 2 * EPS, height: scene.height + 2 * EPS }, e)) problems.push(`${e.id} leaves the scene`)
      continue
    }
    const parent = byId.get(e.parentId)
    if (!parent) problems.push(`${e.id} names missing parent ${e.parentId}`)
    else if (!rectContains(grow(parent, EPS), e)) problems.push(`${e.id} is not inside ${parent.id}`)
  }
  return problems
}

export function overlappingSiblings(scene: Scene): string[] {
  const groups = new Map<string, SceneElement[]>()
  for (const e of scene.elements) {
    const key = e.parentId ?? ''
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const problems: string[] = []
  for (const siblings of groups.values()) {
    for (let i = 0; i < siblings.length; i++) {
      for (let j = i + 1; j < siblings.length; j++) {
        if (rectsOverlap(siblings[i]!, siblings[j]!)) problems.push(`${siblings[i]!.id} overlaps ${siblings[j]!.id}`)
      }
    }
  }
  return problems
}

export function parentsBeforeChildren(scene: Scene): string[] {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const e of scene.elements) {
    if (e.parentId !== undefined && !seen.has(e.parentId)) problems.push(`${e.id} is listed before its parent ${e.parentId}`)
    if (seen.has(e.id)) problems.push(`${e.id} is listed twice`)
    seen.add(e.id)
  }
  return problems
}

function onBorder(p: ScenePoint, r: Rect): boolean {
  const withinX = p.x >= r.x - EPS && p.x <= r.x + r.width + EPS
  const withinY = p.y >= r.y - EPS && p.y <= r.y + r.height + EPS
  const onVertical = (Math.abs(p.x - r.x) < EPS || Math.abs(p.x - r.x - r.width) < EPS) && withinY
  const onHorizontal = (Math.abs(p.y - r.y) < EPS || Math.abs(p.y - r.y - r.height) < EPS) && withinX
  return onVertical || onHorizontal
}

export function badEdges(scene: Scene): string[] {
  const byId = new Map(scene.elements.map((e) => [e.id, e]))
  const problems: string[] = []
  for (const edge of scene.edges) {
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (!source || !target) {
      problems.push(`${edge.id} names a missing element`)
      continue
    }
    if (edge.points.length < 2) problems.push(`${edge.id} has fewer than two points`)
    if (!onBorder(edge.points[0]!, source)) problems.push(`${edge.id} does not start on the border of ${source.id}: ${JSON.stringify(edge.points[0])}`)
    if (!onBorder(edge.points.at(-1)!, target)) problems.push(`${edge.id} does not end on the border of ${target.id}: ${JSON.stringify(edge.points.at(-1))}`)
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1]!
      const b = edge.points[i]!
      if (Math.abs(a.x - b.x) > EPS && Math.abs(a.y - b.y) > EPS) problems.push(`${edge.id} segment ${i} is not orthogonal`)
    }
  }
  return problems
}

export function labelsThatDoNotFit(scene: Scene): string[] {
  const problems: string[] = []
  for (const e of scene.elements) {
    const style = boxStyle(e.styleKey)
    if (e.width + EPS < minBoxWidth(e.label, style)) problems.push(`${e.id} is too narrow for its label`)
    if (e.height + EPS < labelBandHeight(e.label, style)) problems.push(`${e.id} is too low for its label`)
  }
  return problems
}

/** Kinds of box an edge must route around unless it starts or ends inside them. */
const SOLID = new Set(['accountBox', 'regionBox', 'vpc', 'transitGateway', 'tgwRouteTable', 'onPremNetwork', 'customerGateway', 'dxGateway', 'internet'])

/** No segment runs through a box that does not hold one of the edge's ends. */
export function edgesThroughBoxes(scene: Scene): string[] {
  const byId = new Map(scene.elements.map((e) => [e.id, e]))
  const holders = (id: string) => {
    const out = new Set<string>()
    for (let e = byId.get(id); e; e = e.parentId === undefined ? undefined : byId.get(e.parentId)) out.add(e.id)
    return out
  }
  const problems: string[] = []
  for (const edge of scene.edges) {
    const allowed = new Set([...holders(edge.source), ...holders(edge.target)])
    for (const box of scene.elements) {
      if (allowed.has(box.id) || !SOLID.has(box.kind)) continue
      const inner = grow(box, -EPS)
      const hit = edge.points.slice(1).some((b, i) => {
        const a = edge.points[i]!
        const segment = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }
        return segment.x < inner.x + inner.width && inner.x < segment.x + segment.width && segment.y < inner.y + inner.height && inner.y < segment.y + segment.height
      })
      if (hit) problems.push(`${edge.id} runs through ${box.id}`)
    }
  }
  return problems
}

/** Edge labels overlap no box except boxes that wholly contain them, and no other edge label. */
export function overlappingEdgeLabels(scene: Scene): string[] {
  const style = edgeStyle('peering')
  const placed: { id: string; rect: Rect }[] = []
  const problems: string[] = []
  for (const edge of scene.edges) {
    if (edge.label === undefined || edge.labelAt === undefined) continue
    const rect = { ...edge.labelAt, width: textWidth(edge.label, style.fontSize) + 4, height: textHeight(1, style.fontSize) }
    for (const e of scene.elements) if (rectsOverlap(e, rect) && !rectContains(e, rect)) problems.push(`label of ${edge.id} overlaps ${e.id}`)
    for (const other of placed) if (rectsOverlap(other.rect, rect)) problems.push(`label of ${edge.id} overlaps label of ${other.id}`)
    placed.push({ id: edge.id, rect })
  }
  return problems
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by }
}

/** Every check at once, for tests over whole designs. */
export function sceneProblems(scene: Scene): string[] {
  return [...childrenOutsideParents(scene), ...overlappingSiblings(scene), ...parentsBeforeChildren(scene), ...badEdges(scene), ...labelsThatDoNotFit(scene), ...overlappingEdgeLabels(scene), ...edgesThroughBoxes(scene)]
}
