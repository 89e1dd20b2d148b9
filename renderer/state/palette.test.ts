import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Kind, ProjectIndex, kindNames, loadProject } from '../../shared/model'
import { addResources } from './edits'
import { palette } from './palette'

const hub = (() => {
  const r = loadProject(readFileSync(path.resolve(__dirname, '../../examples/hub-and-spoke.netdraft.json'), 'utf8'))
  if (!r.ok) throw new Error('example does not load')
  return r.project
})()

/** A selection that satisfies each entry, taken from the hub-and-spoke example. */
const picksFor: Record<Kind, string[]> = {
  account: [], onPremNetwork: [], prefixList: ['vpc-prod-a'], vpc: ['acct-prod'], subnet: ['vpc-prod-a'], routeTable: ['vpc-prod-a'],
  networkAcl: ['vpc-prod-a'], securityGroup: ['vpc-prod-a'], internetGateway: ['vpc-prod-a'], egressOnlyInternetGateway: ['vpc-prod-a'],
  natGateway: ['vpc-prod-a-private-a'], vpnGateway: ['vpc-dev-a'], customerGateway: ['tgw-hub'], vpnConnection: ['cgw-dc1', 'tgw-hub'],
  dxGateway: ['acct-network'], peeringConnection: ['vpc-prod-a', 'vpc-prod-b'], transitGateway: ['vpc-prod-a'], tgwRouteTable: ['tgw-hub'],
  tgwVpcAttachment: ['vpc-prod-a', 'tgw-hub'], tgwPeeringAttachment: ['tgw-hub', 'tgw-hub'], tgwVpnAttachment: ['vpn-dc1'],
  tgwDxAttachment: [], gatewayEndpoint: ['vpc-prod-a'], interfaceEndpoint: ['vpc-prod-a'], loadBalancer: ['vpc-prod-a'],
  endpointService: [], workload: ['vpc-prod-a-private-b'],
}

describe('palette', () => {
  const index = new ProjectIndex(hub)
  const ctx = (ids: string[]) => ({ project: hub, index, picks: ids.map((id) => index.get(id)!), subnetPrefix: 24 })

  it.each(kindNames.filter((k) => !['tgwPeeringAttachment', 'tgwDxAttachment', 'endpointService', 'tgwVpcAttachment', 'tgwVpnAttachment'].includes(k)))(
    'adds a %s that the file format accepts',
    (kind) => {
      const r = palette[kind].create(ctx(picksFor[kind]))
      expect(r.ok, r.ok ? '' : r.message).toBe(true)
      if (!r.ok) return
      expect(r.resources[0].kind).toBe(kind)
      const loaded = loadProject(JSON.stringify(addResources(hub, r.resources)))
      expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems)).toBe(true)
    },
  )

  it('attaches a VPC that is not attached yet, with one subnet per AZ', () => {
    const vpc = palette.vpc.create(ctx(['acct-prod']))
    if (!vpc.ok) throw new Error(vpc.message)
    let p = addResources(hub, vpc.resources)
    const i1 = new ProjectIndex(p)
    for (let n = 0; n < 3; n++) {
      const s = palette.subnet.create({ project: p, index: new ProjectIndex(p), picks: [i1.get(vpc.resources[0].id)!], subnetPrefix: 24 })
      if (!s.ok) throw new Error(s.message)
      p = addResources(p, s.resources)
    }
    const index = new ProjectIndex(p)
    const r = palette.tgwVpcAttachment.create({ project: p, index, picks: [index.get(vpc.resources[0].id)!, index.get('tgw-hub')!], subnetPrefix: 24 })
    expect(r.ok && r.resources[0]).toMatchObject({ kind: 'tgwVpcAttachment', transitGateway: 'tgw-hub', vpc: vpc.resources[0].id })
    expect(r.ok && (r.resources[0] as { subnets: string[] }).subnets).toHaveLength(3)
  })

  it('refuses a second attachment of the same VPC or VPN', () => {
    expect(palette.tgwVpcAttachment.create(ctx(['vpc-prod-a', 'tgw-hub']))).toEqual({ ok: false, message: 'VPC prod-a is already attached to hub' })
    expect(palette.tgwVpnAttachment.create(ctx(['vpn-dc1']))).toEqual({ ok: false, message: 'VPN dc1-vpn already has its transit gateway attachment' })
  })

  it('says what to select when the selection does not fit', () => {
    const r = palette.peeringConnection.create(ctx(['vpc-prod-a']))
    expect(r).toEqual({ ok: false, message: 'Select exactly two VPCs (shift-click) to peer them' })
    expect(palette.subnet.create(ctx([]))).toMatchObject({ ok: false, message: expect.stringMatching(/Select a VPC/) })
  })

  it('gives a new subnet the next free block and the least used AZ', () => {
    const r = palette.subnet.create(ctx(['vpc-prod-a']))
    expect(r.ok && r.resources[0]).toMatchObject({ cidr: '10.1.32.0/24', az: 'eu-west-1c' })
  })

  it('gives a new VPC a /16 that overlaps no other VPC, with its main route table', () => {
    const r = palette.vpc.create(ctx(['acct-prod']))
    expect(r.ok && r.resources.map((x) => x.kind)).toEqual(['vpc', 'routeTable'])
    expect(r.ok && r.resources[0]).toMatchObject({ cidr: '10.3.0.0/16', region: 'eu-west-1', account: 'acct-prod' })
  })
})
