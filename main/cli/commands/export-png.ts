import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { designDiagram } from '../../../shared/exporters/diagram/design-diagram'
import { UnknownElementError } from '../../../shared/exporters/diagram/scene-subset'
import { type Theme, themes } from '../../../shared/layout/style'
import { exportScenePng } from '../../export/png-export'
import { defineCommand, EXIT, UsageError } from '../command'
import { readProjectFile } from '../read-project'
import { parseSelection, parseTheme } from './export-options'

export const exportPngCommand = defineCommand({
  name: ['export', 'png'],
  summary: 'draw a design as a PNG image',
  usage: `netdraft export png FILE -o OUT.png [--scale 1|2|4] [--transparent] [--theme light|dark|print]
                       [--no-badges] [--select ID[,ID…]] [--tile]

Lays out FILE and draws it as a PNG with the canvas's drawing code and the bundled Netdraft Sans
font, so the image is the same on every machine.
  --scale N       pixels per diagram unit (default 1; 2 or 4 for sharp prints)
  --transparent   no background (default: the theme's background)
  --no-badges     hide the diagnostics badges
  --select IDS    only these resources (comma-separated ids) and what they contain
  --tile          when the image would exceed 32 megapixels, write tiles OUT-r1-c1.png… at full
                  scale instead of lowering the scale (the default, with a note on stderr)
Exit 0 when written, 2 when FILE cannot be read or OUT cannot be written.`,
  options: {
    output: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    transparent: { type: 'boolean' },
    theme: { type: 'string' },
    'no-badges': { type: 'boolean' },
    select: { type: 'string' },
    tile: { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError('export png takes exactly one FILE')
    const out = values.output
    if (typeof out !== 'string') throw new UsageError('export png needs -o OUT.png')
    const scale = values.scale === undefined ? 1 : Number(values.scale)
    if (!(scale > 0 && scale <= 16)) throw new UsageError(`--scale must be a number above 0 and at most 16, got "${values.scale}"`)
    const theme: Theme = parseTheme(values.theme, themes)
    const only = parseSelection(values.select)
    const loaded = await readProjectFile(file, io)
    if ('exit' in loaded) return loaded.exit
    const diagram = await designDiagram(loaded.project)
    let result
    try {
      result = await exportScenePng(diagram.scene, { scale, theme, background: !values.transparent, badges: !values['no-badges'], only, oversize: values.tile ? 'tile' : 'cap' })
    } catch (e) {
      if (e instanceof UnknownElementError || e instanceof RangeError) {
        io.err(`netdraft export png: ${e.message}\n`)
        return EXIT.usage
      }
      throw e
    }
    if (result.note) io.err(`netdraft export png: note: ${result.note}\n`)
    const single = result.images.length === 1
    for (const image of result.images) {
      const name = single ? out : tileName(out, image.row, image.column)
      try {
        await writeFile(path.resolve(io.cwd, name), image.bytes)
      } catch (e) {
        io.err(`netdraft export png: cannot write ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`)
        return EXIT.usage
      }
      io.out(`wrote ${name} (${image.width}×${image.height} px, scale ${result.pixelRatio})\n`)
    }
    return EXIT.ok
  },
})

/** `out.png` → `out-r1-c2.png` (1-based, like the PDF's tiles). */
export function tileName(out: string, row: number, column: number): string {
  const ext = path.extname(out) || '.png'
  return `${out.slice(0, out.length - path.extname(out).length)}-r${row + 1}-c${column + 1}${ext}`
}
