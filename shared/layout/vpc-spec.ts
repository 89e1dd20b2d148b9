import type { Resource } from '../model/kinds'
import type { ProjectIndex } from '../model/project-index'
import { labelLines, styleKeyOf } from './labels'
import type { NodeSpec, SubnetSpec, VpcSpec } from './vpc-interior'

/**
 * What a VPC's interior is built from, and a memo that skips rebuilding it: when every resource the
 * spec reads is the very object it was last time (the editor replaces only edited resources), the
 * previous spec, and with it the cached interior, is reused without labelling a single subnet.
 */
export class VpcSpecMemo {
  previous = new Map<string, { inputs: readonly unknown[]; spec: VpcSpec }>()
  current = new Map<string, { inputs: readonly unknown[]; spec: VpcSpec }>()

  /** Call after a layout: this run's specs become the ones the next run compares against. */
  rotate(): void {
    this.previous = this.current
    this.current = new Map()
  }
}

/** Sorts resources and specs by id, so file order never changes the picture. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function node(r: Resource, index: ProjectIndex): NodeSpec {
  return { id: r.id, kind: r.kind, label: labelLines(r, index), styleKey: styleKeyOf(r, index) }
}

const VPC_CHILD_KINDS = ['subnet', 'routeTable', 'loadBalancer', 'internetGateway', 'egressOnlyInternetGateway', 'vpnGateway', 'gatewayEndpoint', 'interfaceEndpoint'] as const

/** Every resource `vpcSpec` reads, in a fixed order; separators keep lists from running together. */
function vpcInputs(vpcId: string, index: ProjectIndex, services: ReadonlyMap<string, Resource[]>): unknown[] {
  const inputs: unknown[] = [index.get(vpcId)]
  for (const kind of VPC_CHILD_KINDS) {
    inputs.push(kind)
    inputs.push(...index.childrenOf(vpcId, kind))
  }
  for (const s of index.childrenOf(vpcId, 'subnet')) {
    inputs.push(s.id, ...index.childrenOf(s.id, 'natGateway'), ...index.childrenOf(s.id, 'workload'))
    if (s.routeTable !== undefined) inputs.push(index.get(s.routeTable))
  }
  for (const t of index.childrenOf(vpcId, 'routeTable')) {
    for (const r of t.routes) if (r.destination === '0.0.0.0/0' || r.destination === '::/0') inputs.push(index.get(r.target))
  }
  for (const e of index.childrenOf(vpcId, 'interfaceEndpoint')) if (e.endpointService !== undefined) inputs.push(index.get(e.endpointService))
  inputs.push('services', ...(services.get(vpcId) ?? []))
  return inputs
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

export function vpcSpecOf(vpcId: string, index: ProjectIndex, services: ReadonlyMap<string, Resource[]>, memo?: VpcSpecMemo): VpcSpec {
  if (!memo) return vpcSpec(vpcId, index, services)
  const inputs = vpcInputs(vpcId, index, services)
  const last = memo.previous.get(vpcId)
  const entry = last && sameInputs(last.inputs, inputs) ? last : { inputs, spec: vpcSpec(vpcId, index, services) }
  memo.current.set(vpcId, entry)
  return entry.spec
}

/** Endpoint services by the VPC that provides them: the VPC of their first load balancer. */
export function servicesByVpc(index: ProjectIndex): Map<string, Resource[]> {
  const map = new Map<string, Resource[]>()
  for (const s of index.all('endpointService')) {
    const lb = index.getOf('loadBalancer', s.loadBalancers[0])
    if (lb === undefined || !index.getOf('vpc', lb.vpc)) continue
    const list = map.get(lb.vpc)
    if (list) list.push(s)
    else map.set(lb.vpc, [s])
  }
  return map
}

function vpcSpec(vpcId: string, index: ProjectIndex, services: ReadonlyMap<string, Resource[]>): VpcSpec {
  const vpc = index.getOf('vpc', vpcId)!
  const subnets = [...index.childrenOf(vpcId, 'subnet')].sort(byId)
  const subnetIds = new Set(subnets.map((s) => s.id))
  const childrenBySubnet = new Map<string, NodeSpec[]>(subnets.map((s) => [s.id, []]))
  for (const s of subnets) {
    for (const kind of ['natGateway', 'workload'] as const) {
      for (const r of index.childrenOf(s.id, kind)) childrenBySubnet.get(s.id)!.push(node(r, index))
    }
  }
  // A load balancer spans subnets; it is drawn once, in the first of its subnets that exists.
  for (const lb of index.childrenOf(vpcId, 'loadBalancer')) {
    const home = lb.subnets.find((id) => subnetIds.has(id))
    if (home !== undefined) childrenBySubnet.get(home)!.push(node(lb, index))
  }
  const subnetSpecs: SubnetSpec[] = subnets.map((s) => {
    const n = node(s, index)
    return { ...n, az: s.az, isPublic: n.styleKey === 'subnetPublic', children: childrenBySubnet.get(s.id)!.sort(byId) }
  })
  const topRow = [...index.childrenOf(vpcId, 'internetGateway'), ...index.childrenOf(vpcId, 'egressOnlyInternetGateway'), ...index.childrenOf(vpcId, 'vpnGateway')]
  const bottomRow = [...index.childrenOf(vpcId, 'gatewayEndpoint'), ...index.childrenOf(vpcId, 'interfaceEndpoint'), ...(services.get(vpcId) ?? [])]
  return {
    id: vpcId,
    label: labelLines(vpc, index),
    topRow: topRow.sort(byId).map((r) => node(r, index)),
    bottomRow: bottomRow.sort(byId).map((r) => node(r, index)),
    subnets: subnetSpecs,
  }
}
