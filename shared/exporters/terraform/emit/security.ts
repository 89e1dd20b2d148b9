import type { ResourceOf } from '../../../model'
import { type BodyItem, type ObjectExpr, type Value, attr, blank, block, list, map, object, raw } from '../hcl/ast'
import { quoteString } from '../hcl/write'
import { type TfContext, describe, resourceBlock, tagsAttr } from '../context'
import { prefixListRef } from './refs'

type SecurityGroup = ResourceOf<'securityGroup'>
type SgRule = SecurityGroup['ingress'][number]
type NetworkAcl = ResourceOf<'networkAcl'>
type AclRule = NetworkAcl['ingress'][number]

const FILE = 'security.tf'

/** Security groups with one rule resource per rule, and network ACLs with their numbered rules. */
export function emitSecurity(ctx: TfContext): void {
  for (const sg of ctx.index.all('securityGroup')) ctx.section(FILE, `Security group ${sg.name} (${sg.id})`, securityGroupItems(ctx, sg))
  for (const acl of ctx.index.all('networkAcl')) ctx.section(FILE, `Network ACL ${acl.name} (${acl.id})`, networkAclItems(ctx, acl))
}

function securityGroupItems(ctx: TfContext, sg: SecurityGroup): BodyItem[] {
  const items = resourceBlock(sg, 'aws_security_group', ctx.label('aws_security_group', sg.id), [
    ...ctx.placement(sg),
    attr('name', groupName(ctx, sg)),
    attr('vpc_id', raw(ctx.ref('aws_vpc', sg.vpc))),
    blank,
    tagsAttr(sg),
  ])
  for (const direction of ['ingress', 'egress'] as const) {
    const rules = sg[direction]
    if (rules.length === 0) continue
    const rows = new Map<string, Map<string, Value>>()
    for (const rule of rules) {
      const key = sgRuleKey(rule)
      if (rows.has(key)) continue // AWS refuses duplicate rules; one is enough
      rows.set(key, sgRuleColumns(ctx, sg, rule))
    }
    const columns = ['ip_protocol', 'from_port', 'to_port', 'cidr_ipv4', 'cidr_ipv6', 'referenced_security_group_id', 'prefix_list_id', 'description'].filter(
      (c) => [...rows.values()].some((r) => r.has(c)),
    )
    const type = `aws_vpc_security_group_${direction}_rule`
    items.push(
      ...resourceBlock(undefined, type, ctx.label(type, sg.id), [
        ...ctx.placement(sg, { forEach: map([...rows].map(([key, row]) => [key, object(columns.map((c) => [c, row.get(c) ?? null]))])) }),
        attr('security_group_id', raw(ctx.ref('aws_security_group', sg.id))),
        ...columns.map((c) => attr(c, raw(`each.value.${c}`))),
      ]),
    )
  }
  return items
}

/**
 * The group name: AWS cannot rename a group, so it comes from the stable id, not the display name
 * (the Name tag carries that). AWS refuses names starting with `sg-` and the name `default`.
 */
function groupName(ctx: TfContext, sg: SecurityGroup): string {
  const name = sg.id.replace(/^sg-/i, '')
  const clash = name === '' || name.toLowerCase() === 'default' || ctx.index.childrenOf(sg.vpc, 'securityGroup').some((o) => o.id === name)
  return clash ? `netdraft-${sg.id}` : name
}

/** A rule's key: its protocol, ports and peer, which is what makes a rule distinct in AWS. */
function sgRuleKey(rule: SgRule): string {
  const peer = rule.cidr ?? rule.ipv6Cidr ?? rule.securityGroup ?? rule.prefixList ?? ''
  if (rule.protocol === '-1') return `all ${peer}`
  const [from, to] = sgPorts(rule)
  return `${rule.protocol} ${from === to ? from : `${from}-${to}`} ${peer}`
}

/** Ports as the provider wants them: type and code for ICMP (-1 = any), the full range when unset. */
function sgPorts(rule: SgRule): [number, number] {
  if (rule.protocol === 'icmp' || rule.protocol === 'icmpv6') return [rule.fromPort ?? -1, rule.toPort ?? -1]
  return [rule.fromPort ?? 0, rule.toPort ?? rule.fromPort ?? 65535]
}

function sgRuleColumns(ctx: TfContext, sg: SecurityGroup, rule: SgRule): Map<string, Value> {
  const row = new Map<string, Value>([['ip_protocol', rule.protocol]])
  if (rule.protocol !== '-1') {
    const [from, to] = sgPorts(rule)
    row.set('from_port', from)
    row.set('to_port', to)
  }
  if (rule.cidr !== undefined) row.set('cidr_ipv4', rule.cidr)
  if (rule.ipv6Cidr !== undefined) row.set('cidr_ipv6', rule.ipv6Cidr)
  if (rule.securityGroup !== undefined) row.set('referenced_security_group_id', referencedGroup(ctx, sg, rule.securityGroup))
  if (rule.prefixList !== undefined) {
    const pl = ctx.index.getOf('prefixList', rule.prefixList)
    if (pl) row.set('prefix_list_id', raw(prefixListRef(ctx, pl)))
  }
  if (rule.description !== undefined) row.set('description', rule.description)
  return row
}

/** A group in another account is named `<account>/<group id>`, as AWS requires across peerings. */
function referencedGroup(ctx: TfContext, sg: SecurityGroup, otherId: string): Value {
  const other = ctx.index.getOf('securityGroup', otherId)
  if (!other) return null
  const ref = ctx.ref('aws_security_group', other.id)
  const mine = ctx.accountOf(sg)
  const theirs = ctx.accountOf(other)
  if (!theirs || mine?.id === theirs.id) return raw(ref)
  return raw(`${quoteString(`${theirs.accountId}/`).slice(0, -1)}\${${ref}}"`)
}

const ACL_PROTOCOL: Record<AclRule['protocol'], string> = { tcp: 'tcp', udp: 'udp', icmp: 'icmp', icmpv6: '58', '-1': '-1' }

function aclRuleFields(rule: AclRule): [string, Value][] {
  const icmp = rule.protocol === 'icmp' || rule.protocol === 'icmpv6'
  const ports = rule.protocol === 'tcp' || rule.protocol === 'udp'
  const v6 = rule.cidr.includes(':')
  return [
    ['rule_number', rule.ruleNumber],
    ['rule_action', rule.action],
    ['protocol', ACL_PROTOCOL[rule.protocol]],
    ['from_port', ports ? (rule.fromPort ?? 0) : null],
    ['to_port', ports ? (rule.toPort ?? rule.fromPort ?? 65535) : null],
    ['icmp_type', icmp ? (rule.fromPort ?? -1) : null],
    ['icmp_code', icmp ? (rule.toPort ?? -1) : null],
    ['cidr_block', v6 ? null : rule.cidr],
    ['ipv6_cidr_block', v6 ? rule.cidr : null],
  ]
}

function networkAclItems(ctx: TfContext, acl: NetworkAcl): BodyItem[] {
  if (acl.default) return defaultAclItems(ctx, acl)
  const items = resourceBlock(acl, 'aws_network_acl', ctx.label('aws_network_acl', acl.id), [
    ...ctx.placement(acl),
    attr('vpc_id', raw(ctx.ref('aws_vpc', acl.vpc))),
    blank,
    tagsAttr(acl),
  ])
  const rows: [string, Value][] = []
  for (const [direction, rules] of [['ingress', acl.ingress], ['egress', acl.egress]] as const) {
    const numbers = new Set<number>()
    for (const rule of rules) {
      if (numbers.has(rule.ruleNumber)) continue // numbers are unique per direction in AWS
      numbers.add(rule.ruleNumber)
      rows.push([`${direction} ${rule.ruleNumber}`, object([['egress', direction === 'egress'], ...aclRuleFields(rule)])])
    }
  }
  if (rows.length === 0) return items
  const present = new Set(rows.flatMap(([, o]) => (o as ObjectExpr).entries.filter(([, v]) => v !== null).map(([k]) => k)))
  const used = ['egress', ...aclRuleFields(acl.ingress[0] ?? acl.egress[0]!).map(([k]) => k)].filter((c) => present.has(c))
  const trimmed = rows.map(([k, o]): [string, Value] => [k, object((o as ObjectExpr).entries.filter(([c]) => present.has(c)))])
  items.push(
    ...resourceBlock(undefined, 'aws_network_acl_rule', ctx.label('aws_network_acl_rule', acl.id), [
      ...ctx.placement(acl, { forEach: map(trimmed) }),
      attr('network_acl_id', raw(ctx.ref('aws_network_acl', acl.id))),
      ...used.map((c) => attr(c, raw(`each.value.${c}`))),
    ]),
  )
  return items
}

/**
 * The VPC's default ACL exists already; aws_default_network_acl adopts it and replaces its rules
 * with the design's. Left alone when the design lists no rules (AWS's allow-all defaults stay).
 */
function defaultAclItems(ctx: TfContext, acl: NetworkAcl): BodyItem[] {
  if (acl.ingress.length === 0 && acl.egress.length === 0) {
    ctx.notes.push(`${describe(acl)} is the VPC's default ACL with no rules in the design; it keeps the rules AWS gives it (allow all).`)
    return []
  }
  // The inline rule blocks of aws_default_network_acl require ports even where AWS ignores them.
  const ruleBlocks = (direction: 'ingress' | 'egress', rules: AclRule[]): BodyItem[] =>
    rules.map((rule) => {
      const fields = new Map(aclRuleFields(rule))
      return block(direction, [], [
        attr('rule_no', rule.ruleNumber),
        attr('action', rule.action),
        attr('protocol', fields.get('protocol')!),
        attr('from_port', fields.get('from_port') ?? 0),
        attr('to_port', fields.get('to_port') ?? 0),
        ...(fields.get('icmp_type') !== null ? [attr('icmp_type', fields.get('icmp_type')!), attr('icmp_code', fields.get('icmp_code')!)] : []),
        fields.get('cidr_block') !== null ? attr('cidr_block', rule.cidr) : attr('ipv6_cidr_block', rule.cidr),
      ])
    })
  return resourceBlock(acl, 'aws_default_network_acl', ctx.label('aws_default_network_acl', acl.id), [
    ...ctx.placement(acl),
    attr('default_network_acl_id', raw(ctx.ref('aws_vpc', acl.vpc, 'default_network_acl_id'))),
    blank,
    ...ruleBlocks('ingress', acl.ingress).flatMap((b) => [b, blank]),
    ...ruleBlocks('egress', acl.egress).flatMap((b) => [b, blank]),
    tagsAttr(acl),
    blank,
    // Subnets join the default ACL implicitly; without this Terraform would keep trying to detach them.
    block('lifecycle', [], [attr('ignore_changes', list([raw('subnet_ids')]))]),
  ])
}
