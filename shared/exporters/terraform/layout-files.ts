import { type BodyItem, attr, blank, block, comment, list, map, object, raw } from './hcl/ast'
import type { Section, TfContext, VariableDef } from './context'
import { byCodeUnit, labelFor, snakeFor } from './names'

const RULE = '#'.repeat(80)

/** A full-width banner naming the group of blocks below it, as terraform-aws-modules cut their files. */
export function banner(title: string): BodyItem[] {
  return [comment(RULE.slice(1)), comment(title), comment(RULE.slice(1)), blank]
}

export function versionsItems(): BodyItem[] {
  return [
    block('terraform', [], [
      // Provider 6 is the first to take `region` on each resource, which this configuration relies on.
      attr('required_version', '>= 1.5'),
      blank,
      block('required_providers', [], [attr('aws', object([['source', 'hashicorp/aws'], ['version', '~> 6.0']]))]),
    ]),
  ]
}

/** Variable name of an account's role ARN; declared by `providerItems`. */
function roleVariable(ctx: TfContext, accountId: string): string {
  const account = ctx.index.getOf('account', accountId)!
  return ctx.variable(`role:${account.id}`, `${snakeFor(account.id)}_role_arn`, {
    group: 'Accounts',
    type: 'string',
    description: `ARN of the IAM role Terraform assumes in account "${account.name}" (${account.accountId}), e.g. arn:aws:iam::${account.accountId}:role/terraform.`,
    validation: {
      condition: (v) => `can(regex("^arn:aws[a-z-]*:iam::${account.accountId}:role/", ${v}))`,
      message: `Expected an IAM role ARN in account ${account.accountId}.`,
    },
  })
}

/**
 * One aliased provider per account: assume_role into it, refuse any other account. Its region is
 * only a default for API calls, since each resource names its own.
 */
export function providerItems(ctx: TfContext): BodyItem[] {
  const items: BodyItem[] = []
  const accounts = ctx.index.all('account').filter((a) => ctx.accountRegions.has(a.id))
  for (const account of accounts) {
    const regions = [...ctx.accountRegions.get(account.id)!].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))
    const region = regions[0]?.[0] ?? ctx.index.all('vpc')[0]?.region ?? 'us-east-1'
    items.push(
      comment(`Account ${account.name} (${account.accountId})`),
      block('provider', ['aws'], [
        attr('alias', labelFor(account.id)),
        attr('region', region),
        attr('allowed_account_ids', list([account.accountId])),
        blank,
        block('assume_role', [], [attr('role_arn', raw(roleVariable(ctx, account.id)))]),
      ]),
      blank,
    )
  }
  return items
}

function variableBlock(v: VariableDef): BodyItem[] {
  return [
    block('variable', [v.name], [
      attr('description', v.description),
      attr('type', raw(v.type)),
      ...(v.default !== undefined ? [attr('default', v.default)] : []),
      ...(v.validation
        ? [blank, block('validation', [], [attr('condition', raw(v.validation.condition(`var.${v.name}`))), attr('error_message', v.validation.message)])]
        : []),
    ]),
    blank,
  ]
}

export const TAGS_VARIABLE: VariableDef = {
  name: 'tags',
  group: 'Tags',
  type: 'map(string)',
  description: 'Tags for every resource. Each resource adds its design tags and its Name on top (later wins).',
  default: object([]),
}

/** Variables grouped under banners: tags, accounts, then each kind of unknown; names sorted within a group. */
export function variableItems(ctx: TfContext): BodyItem[] {
  const groups = new Map<string, VariableDef[]>([['Tags', [TAGS_VARIABLE]]])
  for (const v of [...ctx.variables.values()].sort((a, b) => byCodeUnit(a.name, b.name))) {
    const list = groups.get(v.group) ?? []
    list.push(v)
    groups.set(v.group, list)
  }
  const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || byCodeUnit(a, b))
  return order.flatMap((g) => [...banner(g), ...groups.get(g)!.flatMap(variableBlock)])
}

const rank = (group: string) => (group === 'Tags' ? 0 : group === 'Accounts' ? 1 : 2)

const OUTPUT_ORDER = ['vpcs', 'subnets', 'route_tables', 'transit_gateways', 'transit_gateway_route_tables', 'vpc_endpoints', 'vpc_endpoint_services', 'vpn_connections']

export function outputItems(ctx: TfContext): BodyItem[] {
  const position = (name: string) => (OUTPUT_ORDER.includes(name) ? OUTPUT_ORDER.indexOf(name) : OUTPUT_ORDER.length)
  return [...ctx.outputs].sort((a, b) => position(a[0]) - position(b[0]) || byCodeUnit(a[0], b[0])).flatMap(([name, out]) => [
    block('output', [name], [attr('description', out.description), attr('value', map(out.entries.map((e) => [e.key, object(e.fields)])))]),
    blank,
  ])
}

/** The sections of one file under their banners. */
export function sectionItems(sections: readonly Section[]): BodyItem[] {
  return sections.flatMap((s) => [...banner(s.title), ...s.items])
}
