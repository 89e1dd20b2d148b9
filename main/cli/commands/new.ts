import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { emptyProject, loadProject, serializeProject } from '../../../shared/model'
import { defineCommand, EXIT, UsageError } from '../command'
import { exampleNames, examplePath } from '../examples'

export const newCommand = defineCommand({
  name: ['new'],
  summary: 'create a design file, empty or from an example',
  usage: `netdraft new [--example NAME] -o FILE [--force]

Writes a new design to FILE: empty, or a copy of an example (${exampleNames.join(', ')}).
Refuses to overwrite an existing FILE unless --force is given.`,
  options: { example: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, name: { type: 'string' } },
  async run({ values }, io) {
    const out = values.output
    if (typeof out !== 'string') throw new UsageError('new needs -o FILE')
    let text: string
    if (typeof values.example === 'string') {
      if (!(exampleNames as readonly string[]).includes(values.example)) throw new UsageError(`unknown example "${values.example}"; choose one of ${exampleNames.join(', ')}`)
      const loaded = loadProject(await readFile(examplePath(values.example), 'utf8'))
      if (!loaded.ok) {
        io.err(`netdraft: the bundled example ${values.example} does not load: ${loaded.problems[0].message}\n`)
        return EXIT.usage
      }
      text = serializeProject(loaded.project)
    } else {
      text = serializeProject(emptyProject(typeof values.name === 'string' ? values.name : undefined))
    }
    const target = path.resolve(io.cwd, out)
    try {
      await writeFile(target, text, { flag: values.force ? 'w' : 'wx' })
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      io.err(`netdraft: cannot write ${out}: ${code === 'EEXIST' ? 'file exists (use --force to overwrite)' : code ?? (e as Error).message}\n`)
      return EXIT.usage
    }
    io.out(`wrote ${out}\n`)
    return EXIT.ok
  },
})
