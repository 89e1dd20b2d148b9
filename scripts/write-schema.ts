// `npm run schema`: regenerates schema/netdraft.schema.json from the zod schema.
import { writeFileSync } from 'node:fs'
import { projectJsonSchema } from '../shared/model/json-schema'

writeFileSync('schema/netdraft.schema.json', `${JSON.stringify(projectJsonSchema(), null, 2)}\n`)
console.log('wrote schema/netdraft.schema.json')
