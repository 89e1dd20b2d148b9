// Derives a compact AWS provider schema from @cdktf/provider-aws's type declarations (generated from
// the provider's own schema, AWS provider 6.25), so tests check generated Terraform against the real
// arguments instead of a hand-written list. Parsed lazily, one type at a time, cached per test run.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export interface ArgumentSchema {
  readonly required: boolean
}

export interface BlockSchema {
  /** Arguments by snake_case name. */
  readonly arguments: ReadonlyMap<string, ArgumentSchema>
  /** Nested blocks by name, with whether one is required. */
  readonly blocks: ReadonlyMap<string, { readonly required: boolean; readonly schema: BlockSchema }>
  /** Every attribute a reference may read (arguments plus computed ones such as `arn`). */
  readonly attributes: ReadonlySet<string>
}

export type SchemaKind = 'resource' | 'data' | 'provider'

const require = createRequire(import.meta.url)
const libDir = path.join(path.dirname(require.resolve('@cdktf/provider-aws/package.json')), 'lib')
const cache = new Map<string, BlockSchema | null>()

/** The provider version the declarations were generated from, read from their documentation links. */
export function providerVersion(): string {
  const text = readFileSync(path.join(libDir, 'vpc', 'index.d.ts'), 'utf8')
  return /providers\/hashicorp\/aws\/([\d.]+)\//.exec(text)![1]!
}

/** Schema of `aws_vpc` (resource), `aws_ec2_managed_prefix_list` (data) or the provider; null when AWS has no such type. */
export function schemaOf(kind: SchemaKind, type: string): BlockSchema | null {
  const key = `${kind}:${type}`
  if (!cache.has(key)) cache.set(key, load(kind, type))
  return cache.get(key)!
}

function directoryOf(kind: SchemaKind, type: string): string {
  if (kind === 'provider') return 'provider'
  const base = type.replace(/^aws_/, '').replace(/_/g, '-')
  return kind === 'data' ? `data-aws-${base}` : base
}

function load(kind: SchemaKind, type: string): BlockSchema | null {
  if (!type.startsWith('aws_') && kind !== 'provider') return null
  const file = path.join(libDir, directoryOf(kind, type), 'index.d.ts')
  if (!existsSync(file)) return null
  const text = readFileSync(file, 'utf8')
  const interfaces = interfaceBodies(text)
  const config = [...interfaces.keys()].find((name) =>
    kind === 'provider' ? name === 'AwsProviderConfig' : name.endsWith('Config') && text.includes(`export interface ${name} extends cdktf.TerraformMetaArguments`),
  )
  if (!config) return null
  // The documentation links name the Terraform type; refuse a directory that maps to another type.
  const docType = /docs\/(?:resources|data-sources)\/([a-z0-9_]+)#/.exec(interfaces.get(config)!)?.[1]
  if (kind !== 'provider' && `aws_${docType}` !== type) return null
  const schema = parseBlock(config, interfaces, new Set())
  const className = /export declare class (\w+) extends cdktf\.Terraform(?:Resource|DataSource|Provider)/.exec(text)?.[1]
  if (className) for (const getter of classGetters(text, className)) (schema.attributes as Set<string>).add(getter)
  return schema
}

function interfaceBodies(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const re = /export interface (\w+)(?: extends [\w.]+)? \{\n([\s\S]*?)\n\}/g
  for (const m of text.matchAll(re)) out.set(m[1]!, m[2]!)
  return out
}

const PROPERTY = /#(\w+) \w+#\w+\}\s*\*\/\s*readonly (\w+)(\?)?: ([^;]+);/g

function parseBlock(name: string, interfaces: Map<string, string>, seen: Set<string>): BlockSchema {
  const args = new Map<string, ArgumentSchema>()
  const blocks = new Map<string, { required: boolean; schema: BlockSchema }>()
  const attributes = new Set<string>()
  for (const m of interfaces.get(name)!.matchAll(PROPERTY)) {
    const [, snake, , optional, type] = m
    const required = optional === undefined
    const nested = /^(\w+)(\[\])?(?: \| cdktf\.IResolvable)?$/.exec(type!.trim())?.[1]
    if (nested && interfaces.has(nested) && !seen.has(nested)) {
      blocks.set(snake!, { required, schema: parseBlock(nested, interfaces, new Set([...seen, name])) })
    } else {
      args.set(snake!, { required })
    }
    attributes.add(snake!)
  }
  return { arguments: args, blocks, attributes }
}

/** Readable attributes of the resource class (`get arn(): string;` → `arn`). */
function classGetters(text: string, className: string): string[] {
  const start = text.indexOf(`export declare class ${className} `)
  const end = text.indexOf('\n}', start)
  const body = text.slice(start, end)
  return [...body.matchAll(/^\s+get (\w+)\(\):/gm)].map((m) => m[1]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).filter((g) => !g.endsWith('_input'))
}
