// Checks a generated Terraform configuration the way `terraform validate` would, without the
// provider binary: HashiCorp's parser (hcl2json, WASM) reads every file; every resource, data source
// and argument must exist in the AWS provider schema (provider-schema.ts); required arguments must
// be set; every reference must name something declared, with an attribute the type has.
import { parse } from '@cdktf/hcl2json'
import { type BlockSchema, type SchemaKind, schemaOf } from './provider-schema'

type Json = Record<string, unknown>

export interface CheckResult {
  readonly problems: string[]
  /** Resource types and how many blocks of each, for assertions on coverage. */
  readonly resourceTypes: Map<string, number>
  readonly dataTypes: Map<string, number>
}

const META = new Set(['for_each', 'count', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection'])

interface Declared {
  resources: Map<string, { forEach: boolean }>
  data: Map<string, { forEach: boolean }>
  variables: Set<string>
  locals: Set<string>
  providers: Set<string>
}

export async function checkTerraform(files: Record<string, string>): Promise<CheckResult> {
  const problems: string[] = []
  const parsed: [string, Json][] = []
  for (const [name, text] of Object.entries(files)) {
    if (!name.endsWith('.tf')) continue
    try {
      parsed.push([name, (await parse(name, text)) as Json])
    } catch (e) {
      problems.push(`${name}: does not parse: ${(e as Error).message}`)
    }
  }
  const declared: Declared = { resources: new Map(), data: new Map(), variables: new Set(), locals: new Set(), providers: new Set() }
  const resourceTypes = new Map<string, number>()
  const dataTypes = new Map<string, number>()
  for (const [file, json] of parsed) collect(file, json, declared, problems, resourceTypes, dataTypes)
  for (const [file, json] of parsed) {
    for (const [kind, key] of [['resource', 'resource'], ['data', 'data']] as const) {
      for (const [type, labels] of Object.entries((json[key] ?? {}) as Json)) {
        const schema = schemaOf(kind, type)
        for (const [label, bodies] of Object.entries(labels as Json)) {
          const where = `${file}: ${kind === 'data' ? 'data.' : ''}${type}.${label}`
          const body = (bodies as Json[])[0]!
          if (!schema) problems.push(`${where}: no such ${kind === 'data' ? 'data source' : 'resource type'} in AWS provider 6`)
          else checkBody(where, body, schema, problems)
          checkRepetition(where, body, problems)
          checkReferences(where, body, 'for_each' in body, declared, problems)
        }
      }
    }
    for (const [name, bodies] of Object.entries((json.provider ?? {}) as Json)) {
      for (const body of bodies as Json[]) {
        const where = `${file}: provider ${name}`
        const schema = schemaOf('provider' as SchemaKind, name)
        if (!schema) problems.push(`${where}: unknown provider`)
        else checkBody(where, body, schema, problems)
        checkReferences(where, body, false, declared, problems)
      }
    }
    for (const [i, body] of ((json.import ?? []) as Json[]).entries()) {
      const where = `${file}: import #${i + 1}`
      if (typeof body.id !== 'string' || body.id === '') problems.push(`${where}: no id`)
      if (typeof body.to !== 'string' || !/^\$\{aws_\w+\.[\w-]+\}$/.test(body.to)) problems.push(`${where}: "to" must name a resource`)
      checkReferences(where, body, false, declared, problems)
    }
    for (const [name, bodies] of Object.entries((json.output ?? {}) as Json)) checkReferences(`${file}: output ${name}`, (bodies as Json[])[0]!, false, declared, problems)
    for (const [name, bodies] of Object.entries((json.variable ?? {}) as Json)) {
      const body = (bodies as Json[])[0]!
      if (typeof body.description !== 'string' || body.description.length < 10) problems.push(`${file}: variable ${name} has no description`)
      if (body.type === undefined) problems.push(`${file}: variable ${name} has no type`)
      checkReferences(`${file}: variable ${name}`, body, false, declared, problems)
    }
  }
  return { problems, resourceTypes, dataTypes }
}

function collect(file: string, json: Json, d: Declared, problems: string[], resourceTypes: Map<string, number>, dataTypes: Map<string, number>) {
  for (const [kind, key, target, counts] of [
    ['resource', 'resource', d.resources, resourceTypes],
    ['data', 'data', d.data, dataTypes],
  ] as const) {
    for (const [type, labels] of Object.entries((json[key] ?? {}) as Json)) {
      for (const [label, bodies] of Object.entries(labels as Json)) {
        const address = `${type}.${label}`
        if (target.has(address)) problems.push(`${file}: ${kind} ${address} declared twice`)
        target.set(address, { forEach: 'for_each' in (bodies as Json[])[0]! })
        counts.set(type, (counts.get(type) ?? 0) + 1)
      }
    }
  }
  for (const name of Object.keys((json.variable ?? {}) as Json)) {
    if (d.variables.has(name)) problems.push(`${file}: variable ${name} declared twice`)
    d.variables.add(name)
  }
  for (const locals of (json.locals ?? []) as Json[]) for (const name of Object.keys(locals)) d.locals.add(name)
  for (const [name, bodies] of Object.entries((json.provider ?? {}) as Json)) {
    for (const body of bodies as Json[]) {
      const alias = typeof body.alias === 'string' ? `${name}.${body.alias}` : name
      if (d.providers.has(alias)) problems.push(`${file}: provider ${alias} declared twice`)
      d.providers.add(alias)
    }
  }
}

function checkBody(where: string, body: Json, schema: BlockSchema, problems: string[]) {
  for (const [name, value] of Object.entries(body)) {
    if (META.has(name) || name === 'alias') continue
    if (name === 'dynamic') {
      problems.push(`${where}: dynamic blocks are not expected in generated output`)
      continue
    }
    const block = schema.blocks.get(name)
    if (block) {
      if (!Array.isArray(value)) problems.push(`${where}: ${name} must be a block`)
      else for (const [i, item] of value.entries()) checkBody(`${where}.${name}[${i}]`, item as Json, block.schema, problems)
      continue
    }
    if (!schema.arguments.has(name)) problems.push(`${where}: unknown argument "${name}"`)
  }
  for (const [name, arg] of schema.arguments) if (arg.required && !(name in body)) problems.push(`${where}: required argument "${name}" is not set`)
  for (const [name, block] of schema.blocks) if (block.required && !(name in body)) problems.push(`${where}: required block "${name}" is missing`)
}

/**
 * Repeated members must be `for_each` with keys fixed in the text (a map literal's keys or a
 * `toset([...])` of string literals), so an edit never re-keys or renumbers its neighbours in state.
 */
function checkRepetition(where: string, body: Json, problems: string[]) {
  if ('count' in body) problems.push(`${where}: uses count; members must be for_each with stable keys`)
  if (!('for_each' in body)) return
  const forEach = body.for_each
  if (forEach && typeof forEach === 'object' && !Array.isArray(forEach)) {
    for (const key of Object.keys(forEach)) if (key.includes('${')) problems.push(`${where}: for_each key ${key} is computed, not a literal`)
  } else if (typeof forEach !== 'string' || !/^\$\{toset\(\[(?:\s*"(?:[^"\\$]|\\.)*",?)*\s*\]\)\}$/.test(forEach)) {
    problems.push(`${where}: for_each must be a map literal or toset() of string literals, not ${JSON.stringify(forEach)}`)
  }
}

/** Every `${…}` expression in a body, with the path it sits at. */
function* expressions(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (value.includes('${')) yield [path, value]
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* expressions(v, `${path}[${i}]`)
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* expressions(v, path ? `${path}.${k}` : k)
  }
}

// Traversals that start with a root Terraform knows; for-expression variables (`eip.id`) are not roots.
const TRAVERSAL = /(?<![\w.])(data\.)?(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)((?:\[[^\]]*\])?)((?:\.[a-z0-9_]+)?)|(?<![\w.])(var|local|each)\.([A-Za-z_][\w-]*)/g

function checkReferences(where: string, body: Json, hasForEach: boolean, d: Declared, problems: string[]) {
  for (const [path, expr] of expressions(body, '')) {
    for (const m of expr.matchAll(TRAVERSAL)) {
      const at = `${where} ${path}: ${m[0]}`
      if (m[6] === 'var') {
        if (!d.variables.has(m[7]!)) problems.push(`${at}: undeclared variable`)
      } else if (m[6] === 'local') {
        if (!d.locals.has(m[7]!)) problems.push(`${at}: undeclared local`)
      } else if (m[6] === 'each') {
        if (!hasForEach) problems.push(`${at}: each.* outside a for_each block`)
      } else {
        const isData = m[1] !== undefined
        const address = `${m[2]}.${m[3]}`
        const target = (isData ? d.data : d.resources).get(address)
        if (!target) {
          problems.push(`${at}: ${isData ? 'data source' : 'resource'} ${address} is not declared`)
          continue
        }
        const indexed = m[4] !== ''
        const attribute = m[5]!.slice(1)
        if (attribute !== '') {
          if (target.forEach && !indexed) problems.push(`${at}: ${address} uses for_each; index it before reading .${attribute}`)
          if (!target.forEach && indexed) problems.push(`${at}: ${address} has no for_each but is indexed`)
          const schema = schemaOf(isData ? 'data' : 'resource', m[2]!)
          if (schema && !schema.attributes.has(attribute)) problems.push(`${at}: ${m[2]} has no attribute "${attribute}"`)
        }
      }
    }
  }
  if (typeof body.provider === 'string') {
    const name = body.provider.replace(/^\$\{(.*)\}$/, '$1')
    if (!d.providers.has(name)) problems.push(`${where}: provider ${name} is not configured`)
  }
}
