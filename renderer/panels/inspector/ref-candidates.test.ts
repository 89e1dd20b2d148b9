import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Project, ProjectIndex, type Resource, loadProject } from '../../../shared/model'
import { routeTargetKinds } from '../../../shared/model/kinds/route-table'
import { tgwAttachmentKinds } from '../../../shared/model/kinds/tgw-route-table'
import { refCandidates } from './ref-candidates'

const load = (name: string): Project => {
  const r = loadProject(readFileSync(path.resolve(__dirname, `../../../examples/${name}.netdraft.json`), 'utf8'))
  if (!r.ok) throw new Error(`${name} does not load`)
  return r.project
}

describe('refCandidates', () => {
  const hub = load('hub-and-spoke')
  const index = new ProjectIndex(hub)
  const get = (id: string) => index.get(id) as Resource
  const ids = (rs: Resource[]) => rs.map((r) => r.id)

  it('offers a route table only targets usable from its VPC: the TGW attached to it, its own workloads', () => {
    const table = get('vpc-prod-a-rt-private')
    expect(ids(refCandidates(hub, index, table, 'target', routeTargetKinds))).toEqual(['tgw-hub', 'wl-prod-a-app'])
  })

  it('offers a route table gateways of its own VPC and peerings it takes part in, not those of other VPCs', () => {
    const extra: Resource[] = [
      { kind: 'internetGateway', id: 'igw-a', name: 'igw-a', vpc: 'vpc-prod-a', tags: {} },
      { kind: 'internetGateway', id: 'igw-b', name: 'igw-b', vpc: 'vpc-prod-b', tags: {} },
      { kind: 'peeringConnection', id: 'pcx-ab', name: 'ab', requesterVpc: 'vpc-prod-a', accepterVpc: 'vpc-prod-b', tags: {} },
      { kind: 'peeringConnection', id: 'pcx-bd', name: 'bd', requesterVpc: 'vpc-prod-b', accepterVpc: 'vpc-dev-a', tags: {} },
    ] as unknown as Resource[]
    const project = { ...hub, resources: [...hub.resources, ...extra] }
    const idx = new ProjectIndex(project)
    const found = ids(refCandidates(project, idx, idx.get('vpc-prod-a-rt-private')!, 'target', routeTargetKinds))
    expect(found).toEqual(expect.arrayContaining(['tgw-hub', 'igw-a', 'pcx-ab']))
    expect(found).not.toContain('igw-b')
    expect(found).not.toContain('pcx-bd')
  })

  it('keeps the current value even when it is no longer usable, so the picker shows the truth', () => {
    const table = get('vpc-dev-a-rt-private')
    const found = ids(refCandidates(hub, index, table, 'target', routeTargetKinds, ['wl-prod-a-app']))
    expect(found).toContain('wl-prod-a-app')
    expect(found).not.toContain('wl-prod-b-app')
  })

  it('offers a TGW route table only attachments of its own transit gateway', () => {
    const rt = get('tgw-rt-dev')
    const found = ids(refCandidates(hub, index, rt, 'associations', tgwAttachmentKinds))
    expect(found).toEqual(['vpc-dev-a-att', 'vpc-dev-b-att', 'vpc-prod-a-att', 'vpc-prod-b-att', 'vpc-shared-att', 'vpn-dc1-att'])
    const other = { ...hub, resources: [...hub.resources, { kind: 'transitGateway', id: 'tgw-2', name: 'tgw-2', account: 'acct-network', region: 'eu-west-1', tags: {} } as unknown as Resource, { kind: 'tgwVpcAttachment', id: 'att-2', name: 'att-2', transitGateway: 'tgw-2', vpc: 'vpc-prod-a', subnets: ['vpc-prod-a-tgw-a'], tags: {} } as unknown as Resource] }
    const idx = new ProjectIndex(other)
    expect(ids(refCandidates(other, idx, idx.get('tgw-rt-dev')!, 'associations', tgwAttachmentKinds))).not.toContain('att-2')
  })

  it('lets placement fields pick any resource of the kind, and scopes a subnet list to the VPC', () => {
    const subnet = get('vpc-prod-a-private-a')
    expect(ids(refCandidates(hub, index, subnet, 'vpc', ['vpc']))).toHaveLength(5)
    const att = get('vpc-prod-a-att')
    const subnets = ids(refCandidates(hub, index, att, 'subnets', ['subnet']))
    expect(subnets.length).toBeGreaterThan(0)
    expect(subnets.every((id) => id.startsWith('vpc-prod-a-'))).toBe(true)
    expect(ids(refCandidates(hub, index, subnet, 'routeTable', ['routeTable']))).toEqual(['vpc-prod-a-rt-main', 'vpc-prod-a-rt-private'])
  })
})
