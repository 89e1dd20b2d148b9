import { layoutProject } from '../../../shared/layout/layout-project'
import type { Scene, SceneEdge, SceneElement } from '../../../shared/layout/scene'
import { validate } from '../../../shared/validation/engine'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'

export const layoutCommand = defineCommand({
  name: ['layout'],
  summary: 'lay out a design and print the diagram geometry (the Scene)',
  usage: `netdraft layout FILE [--json] [--no-pins]

Lays out FILE exactly as the editor and the PNG/PDF exporters draw it and prints the geometry:
every box (kind, id, parent id, absolute x, y, width, height) and every edge (kind, ends, points
from start through bends to end). Boxes the user moved keep their pinned positions unless
--no-pins is given. --json prints the Scene as JSON (format: docs/scene.md).
Exit 0 on success, 2 when FILE cannot be read or is not a valid design.`,
  options: { json: { type: 'boolean' }, 'no-pins': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('layout takes exactly one FILE')
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    const diagnostics = validate(loaded.project).diagnostics
    const scene = await layoutProject(loaded.project, { diagnostics, ...(values['no-pins'] ? { pins: {} } : {}) })
    io.out(values.json ? `${JSON.stringify(scene, null, 2)}\n` : summary(file, scene))
    return EXIT.ok
  },
})

const n = (v: number) => String(Math.round(v * 10) / 10)

function depthOf(e: SceneElement, byId: ReadonlyMap<string, SceneElement>): number {
  let depth = 0
  for (let p = e.parentId; p !== undefined; p = byId.get(p)?.parentId) depth++
  return depth
}

function elementLine(e: SceneElement, depth: number): string {
  const badge = e.severity ? `  [${e.severity}]` : ''
  return `${'  '.repeat(depth + 1)}${e.kind} ${e.id}  at ${n(e.x)},${n(e.y)}  size ${n(e.width)}×${n(e.height)}  "${e.label.join(' / ')}"${badge}\n`
}

function edgeLine(e: SceneEdge): string {
  const points = e.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' → ')
  const label = e.label === undefined ? '' : `  "${e.label}"`
  return `  ${e.kind} ${e.id}: ${e.source} → ${e.target}${label}  [${points}]\n`
}

/** A readable outline: boxes indented under their parents, then edges with their points. */
function summary(file: string, scene: Scene): string {
  const byId = new Map(scene.elements.map((e) => [e.id, e]))
  let text = `${file}: ${scene.elements.length} boxes, ${scene.edges.length} edges, ${n(scene.width)}×${n(scene.height)}\n`
  text += 'boxes:\n'
  for (const e of scene.elements) text += elementLine(e, depthOf(e, byId))
  text += 'edges:\n'
  for (const e of scene.edges) text += edgeLine(e)
  return text
}
