// `npm run gen -- --vpcs 500 --seed 1 -o FILE`: writes a large, deterministic design for benchmarks and tests.
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { serializeProject } from '../shared/model'
import { generateDesign } from './generator/generate'

const { values } = parseArgs({ options: { vpcs: { type: 'string', default: '500' }, seed: { type: 'string', default: '1' }, output: { type: 'string', short: 'o' } } })
try {
  const project = generateDesign({ vpcs: Number(values.vpcs), seed: Number(values.seed) })
  const text = serializeProject(project)
  if (values.output) {
    writeFileSync(values.output, text)
    console.log(`wrote ${values.output}: ${project.resources.length} resources, ${(text.length / 1048576).toFixed(1)} MB`)
  } else process.stdout.write(text)
} catch (e) {
  console.error(`gen: ${(e as Error).message}`)
  process.exit(2)
}
