import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectJsonSchema } from '../shared/model/json-schema'

describe('schema/netdraft.schema.json', () => {
  it('is the schema generated from the zod model (run `npm run schema` after changing the model)', () => {
    const published = JSON.parse(readFileSync(path.resolve(__dirname, '../schema/netdraft.schema.json'), 'utf8'))
    expect(published).toEqual(projectJsonSchema())
  })
  it('lists every resource kind', () => {
    const text = JSON.stringify(projectJsonSchema())
    for (const kind of ['vpc', 'subnet', 'routeTable', 'tgwRouteTable', 'endpointService', 'networkAcl']) expect(text).toContain(`"const":"${kind}"`)
  })
})
