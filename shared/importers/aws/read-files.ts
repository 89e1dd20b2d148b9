import { JsonLocator, locateSyntaxError } from '../../model/json-location'
import { type FolderScope, folderScope, likeliestRegion, regionHints } from './layout'
import { type Obj, type Rec, isObj, pathText } from './record'
import type { ImportError, ImportFile, ReportEntry } from './types'

/**
 * describe-* list keys the importer maps, with the string fields an item must have. Keys not listed
 * here are reported as not understood (or ignored, see `ignoredKeys`), never fatal.
 */
export const listKeys = {
  Vpcs: ['VpcId', 'CidrBlock'],
  Subnets: ['SubnetId', 'VpcId', 'CidrBlock', 'AvailabilityZone'],
  RouteTables: ['RouteTableId', 'VpcId'],
  InternetGateways: ['InternetGatewayId'],
  EgressOnlyInternetGateways: ['EgressOnlyInternetGatewayId'],
  NatGateways: ['NatGatewayId', 'SubnetId'],
  VpcPeeringConnections: ['VpcPeeringConnectionId'],
  TransitGateways: ['TransitGatewayId'],
  TransitGatewayAttachments: ['TransitGatewayAttachmentId', 'TransitGatewayId'],
  TransitGatewayVpcAttachments: ['TransitGatewayAttachmentId', 'TransitGatewayId', 'VpcId'],
  TransitGatewayPeeringAttachments: ['TransitGatewayAttachmentId'],
  TransitGatewayRouteTables: ['TransitGatewayRouteTableId', 'TransitGatewayId'],
  TransitGatewayPropagations: ['TransitGatewayRouteTableId'],
  TransitGatewayStaticRoutes: ['TransitGatewayRouteTableId'],
  VpcEndpoints: ['VpcEndpointId', 'VpcId', 'ServiceName'],
  PrefixLists: ['PrefixListId'],
  ManagedPrefixLists: ['PrefixListId'],
  PrefixListEntries: ['PrefixListId'],
  VpcAttributes: ['VpcId'],
  SecurityGroups: ['GroupId'],
  NetworkAcls: ['NetworkAclId', 'VpcId'],
  NetworkInterfaces: ['NetworkInterfaceId'],
  Instances: ['InstanceId'],
  VpnGateways: ['VpnGatewayId'],
  VpnConnections: ['VpnConnectionId'],
  CustomerGateways: ['CustomerGatewayId'],
} as const satisfies Record<string, readonly string[]>

export type ListKey = keyof typeof listKeys

/** Output the importer recognises but that describes no resource of the model. */
const ignoredKeys: Record<string, string> = {
  Addresses: 'Elastic IPs: their use shows on instances and NAT gateways',
  AvailabilityZones: 'the Region\'s zones: only used to infer the Region',
  ServiceDetails: 'the AWS service catalogue: endpoints name their service directly',
  ServiceNames: 'the AWS service catalogue: endpoints name their service directly',
  ServiceConfigurations: 'endpoint services need their load balancers, which describe-* of EC2 does not list',
  DomainStatusList: 'OpenSearch domains are not part of the network model',
  DBInstances: 'RDS instances appear through their network interfaces',
  LoadBalancers: 'load balancers appear through their network interfaces',
  LoadBalancerAttributes: 'load balancers appear through their network interfaces',
  LoadBalancerListeners: 'load balancers appear through their network interfaces',
  LoadBalancerTargetHealth: 'load balancers appear through their network interfaces',
  TargetGroups: 'load balancers appear through their network interfaces',
  NextToken: 'paging token',
  AdditionalRoutesAvailable: 'paging flag',
}

export interface ReadResult {
  records: Map<ListKey, Rec[]>
  errors: ImportError[]
  ignored: ReportEntry[]
  notUnderstood: ReportEntry[]
  skipped: ReportEntry[]
  assumptions: ReportEntry[]
  /** Locates a JSON path of an input file; built lazily per file. */
  locate: (file: string, path: readonly (string | number)[]) => { line?: number; column?: number }
}

interface Parsed {
  file: string
  value: Obj
  folder: FolderScope
}

export const DEFAULT_REGION = 'us-east-1'

/** Parses every file, checks the shape of what the importer maps, and files each item under its list key. */
export function readFiles(files: readonly ImportFile[]): ReadResult {
  const texts = new Map(files.map((f) => [f.path, stripBom(f.text)]))
  const locators = new Map<string, JsonLocator>()
  const locate = (file: string, path: readonly (string | number)[]) => {
    let loc = locators.get(file)
    if (!loc) locators.set(file, (loc = new JsonLocator(texts.get(file) ?? '')))
    return loc.positionOf(path) ?? {}
  }
  const out: ReadResult = { records: new Map(), errors: [], ignored: [], notUnderstood: [], skipped: [], assumptions: [], locate }
  const parsed: Parsed[] = []
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const text = texts.get(f.path)!
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      const { message, position } = locateSyntaxError(text)
      out.errors.push({ file: f.path, message: `invalid JSON: ${message}`, ...position })
      continue
    }
    if (!isObj(value)) {
      out.errors.push({ file: f.path, message: 'expected a JSON object as printed by `aws ec2 describe-*`', path: '$', ...locate(f.path, []) })
      continue
    }
    parsed.push({ file: f.path, value, folder: folderScope(f.path) })
  }
  const regionOf = folderRegions(parsed, out)
  for (const p of parsed) classify(p, { account: p.folder.account, region: regionOf.get(p.folder.dir)! }, out)
  return out
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** The Region of every folder: named by the folder, else inferred from the folder's files, else the whole input's. */
function folderRegions(parsed: Parsed[], out: ReadResult): Map<string, string> {
  const regions = new Map<string, string>()
  const unnamed = new Map<string, Parsed[]>()
  for (const p of parsed) {
    if (p.folder.region) regions.set(p.folder.dir, p.folder.region)
    else unnamed.set(p.folder.dir, [...(unnamed.get(p.folder.dir) ?? []), p])
  }
  let everywhere: string | undefined | null = null
  for (const [dir, list] of unnamed) {
    const hints = new Map<string, number>()
    for (const p of list) regionHints(p.value, hints)
    let region = likeliestRegion(hints)
    if (!region) {
      if (everywhere === null) everywhere = likeliestRegion([...regions.values()].reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map<string, number>()))
      region = everywhere ?? DEFAULT_REGION
    }
    regions.set(dir, region)
    out.assumptions.push({
      file: dir === '' ? '.' : dir,
      path: '$',
      item: `folder ${dir === '' ? '(top level)' : dir}`,
      reason: hints.size > 0 ? `Region ${region}, from the availability zones and ARNs in its files` : `Region ${region}: the folder and its files name none`,
    })
  }
  return regions
}

/**
 * Outputs about one object, which lack that object's id and which the export script of
 * docs/import.md wraps with it: one TGW table's propagations or routes, one prefix list's entries,
 * one VPC attribute. Returns the list they are filed under and the keys they consist of.
 */
function singleObjectForm(v: Obj): { key: ListKey; fields: readonly string[] } | undefined {
  const table = typeof v.TransitGatewayRouteTableId === 'string'
  if (table && Array.isArray(v.TransitGatewayRouteTablePropagations)) return { key: 'TransitGatewayPropagations', fields: ['TransitGatewayRouteTableId', 'TransitGatewayRouteTablePropagations'] }
  if (table && Array.isArray(v.Routes)) return { key: 'TransitGatewayStaticRoutes', fields: ['TransitGatewayRouteTableId', 'Routes', 'AdditionalRoutesAvailable'] }
  if (typeof v.PrefixListId === 'string' && Array.isArray(v.Entries)) return { key: 'PrefixListEntries', fields: ['PrefixListId', 'Entries', 'NextToken'] }
  if (typeof v.VpcId === 'string' && (isObj(v.EnableDnsHostnames) || isObj(v.EnableDnsSupport))) return { key: 'VpcAttributes', fields: ['VpcId', 'EnableDnsHostnames', 'EnableDnsSupport'] }
  return undefined
}

/** Keys that only occur in single-object forms; as top-level lists they mean nothing. */
const singleOnly = new Set<string>(['Instances', 'PrefixListEntries', 'VpcAttributes'])

function classify(p: Parsed, scope: Rec['scope'], out: ReadResult): void {
  const v = p.value
  const single = singleObjectForm(v)
  if (single) {
    push(out, single.key, { value: v, file: p.file, path: [], scope })
    if (v.AdditionalRoutesAvailable === true) {
      out.skipped.push({ file: p.file, path: '$.AdditionalRoutesAvailable', item: `${String(v.TransitGatewayRouteTableId)} routes`, reason: 'the search returned its first 1,000 routes only; narrow it with --filters to read the rest' })
    }
  }
  for (const key of Object.keys(v)) {
    const at = { file: p.file, path: pathText([key]) }
    if (single?.fields.includes(key)) continue
    if (key === 'Reservations') readReservations(p, scope, out)
    else if (Object.hasOwn(listKeys, key) && !singleOnly.has(key)) readList(p, key as ListKey, scope, out)
    else if (key === 'TransitGatewayRouteTablePropagations' || key === 'Routes') {
      out.skipped.push({ ...at, item: key, reason: 'no TransitGatewayRouteTableId beside it: wrap the output with its table id as docs/import.md shows' })
    } else if (Object.hasOwn(ignoredKeys, key)) out.ignored.push({ ...at, item: key, reason: ignoredKeys[key] })
    else out.notUnderstood.push({ ...at, item: key, reason: 'unknown top-level key, ignored' })
  }
}

function readList(p: Parsed, key: ListKey, scope: Rec['scope'], out: ReadResult): void {
  const list = p.value[key]
  if (!Array.isArray(list)) {
    out.errors.push({ file: p.file, message: `${key} should be a list`, path: pathText([key]), ...out.locate(p.file, [key]) })
    return
  }
  list.forEach((item, i) => {
    const rec = checked(p.file, [key, i], item, listKeys[key], out)
    if (rec) push(out, key, { value: rec, file: p.file, path: [key, i], scope })
  })
}

function readReservations(p: Parsed, scope: Rec['scope'], out: ReadResult): void {
  const list = p.value.Reservations
  if (!Array.isArray(list)) {
    out.errors.push({ file: p.file, message: 'Reservations should be a list', path: '$.Reservations', ...out.locate(p.file, ['Reservations']) })
    return
  }
  list.forEach((reservation, i) => {
    const r = checked(p.file, ['Reservations', i], reservation, [], out)
    if (!r || r.Instances === undefined) return
    if (!Array.isArray(r.Instances)) {
      const path = ['Reservations', i, 'Instances']
      out.errors.push({ file: p.file, message: 'Instances should be a list', path: pathText(path), ...out.locate(p.file, path) })
      return
    }
    r.Instances.forEach((inst, j) => {
      const path = ['Reservations', i, 'Instances', j]
      const rec = checked(p.file, path, inst, listKeys.Instances, out)
      // The reservation's owner is the instance's account.
      if (rec) push(out, 'Instances', { value: { OwnerId: r.OwnerId, ...rec }, file: p.file, path, scope })
    })
  })
}

function checked(file: string, path: (string | number)[], item: unknown, required: readonly string[], out: ReadResult): Obj | undefined {
  if (!isObj(item)) {
    out.errors.push({ file, message: 'expected an object', path: pathText(path), ...out.locate(file, path) })
    return undefined
  }
  for (const field of required) {
    if (typeof item[field] !== 'string' || item[field] === '') {
      const at = [...path, field]
      out.errors.push({ file, message: `${field} is missing or not a string`, path: pathText(at), ...out.locate(file, item[field] === undefined ? path : at) })
      return undefined
    }
  }
  return item
}

function push(out: ReadResult, key: ListKey, rec: Rec): void {
  let list = out.records.get(key)
  if (!list) out.records.set(key, (list = []))
  list.push(rec)
}
