import { describe, expect, it } from 'vitest'
import { importAwsDescribe } from '../shared/importers/aws'
import { type Project, type Resource, type ResourceOf, loadProject, serializeProject } from '../shared/model'
import { readSnapshot, snapshots } from './helpers/aws-data'

async function imported(name: (typeof snapshots)[number]) {
  const r = importAwsDescribe(await readSnapshot(name), { name })
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'))
  return r
}

function one<K extends Resource['kind']>(project: Project, kind: K, id: string): ResourceOf<K> {
  const r = project.resources.find((x) => x.id === id)
  if (!r || r.kind !== kind) throw new Error(`no ${kind} ${id}`)
  return r as ResourceOf<K>
}

const ofKind = <K extends Resource['kind']>(p: Project, kind: K) => p.resources.filter((r): r is ResourceOf<K> => r.kind === kind)

describe('Batfish snapshots (../shared/aws-data)', () => {
  it.each(snapshots)('%s imports with no error, loads back, and is deterministic', async (name) => {
    const first = await imported(name)
    const text = serializeProject(first.project)
    const reloaded = loadProject(text)
    expect(reloaded.ok ? [] : reloaded.problems).toEqual([])
    const second = await imported(name)
    expect(serializeProject(second.project)).toBe(text)
    expect(second.report).toEqual(first.report)
    expect(first.report.notUnderstood).toEqual([])
    for (const r of first.project.resources) if (r.kind !== 'account' && r.kind !== 'workload') expect(r.externalId).toBe(r.id)
  })

  describe('test-transit-gateway-peering (two accounts, two Regions)', () => {
    it('merges the peering attachment both accounts list into one resource', async () => {
      const { project, report } = await imported('test-transit-gateway-peering')
      const peerings = ofKind(project, 'tgwPeeringAttachment')
      expect(peerings.map((p) => [p.id, p.name, p.transitGateway, p.peerTransitGateway])).toEqual([
        ['tgw-attach-012e5d602f859dd80', 'bat-fish', 'tgw-0e20010ebf43d07a2', 'tgw-03201f1960ddb0c25'],
      ])
      expect(report.merged).toEqual([
        expect.objectContaining({
          file: 'aws_configs/accounts/804819755326/us-west-1/TransitGatewayAttachments.json',
          path: '$.TransitGatewayAttachments[0]',
          item: 'tgw-attach-012e5d602f859dd80',
        }),
      ])
      expect(report.skipped).toEqual([])
      expect(report.sources['tgw-attach-012e5d602f859dd80']).toEqual({ file: 'aws_configs/accounts/732168539940/us-east-1/TransitGatewayAttachments.json', path: '$.TransitGatewayAttachments[0]' })
      expect(Object.keys(report.sources).sort()).toEqual(project.resources.map((r) => r.id).sort())
    })

    it('takes accounts and Regions from the folders', async () => {
      const { project } = await imported('test-transit-gateway-peering')
      expect(ofKind(project, 'account').map((a) => a.accountId)).toEqual(['732168539940', '804819755326'])
      expect(ofKind(project, 'vpc').map((v) => [v.id, v.name, v.account, v.region, v.cidr])).toEqual([
        ['vpc-03ccec9d7758a283a', 'bat2', 'account-732168539940', 'us-east-1', '10.20.0.0/16'],
        ['vpc-065ea457071dd67bb', 'bat', 'account-732168539940', 'us-east-1', '10.10.0.0/16'],
        ['vpc-0ecbcbd110fd839d1', 'fish', 'account-804819755326', 'us-west-1', '192.168.0.0/16'],
      ])
      expect(one(project, 'transitGateway', 'tgw-03201f1960ddb0c25')).toMatchObject({ account: 'account-804819755326', region: 'us-west-1', defaultRouteTable: 'tgw-rtb-00be87593fb2cd0ae' })
    })

    it('fills TGW tables with each side\'s associations, propagations and static routes', async () => {
      const { project } = await imported('test-transit-gateway-peering')
      const peering = 'tgw-attach-012e5d602f859dd80'
      expect(one(project, 'tgwRouteTable', 'tgw-rtb-05d2952671d1f460a')).toMatchObject({
        associations: [peering, 'tgw-attach-0068fe8d7e573c375'],
        propagations: ['tgw-attach-0068fe8d7e573c375'],
        routes: [],
      })
      expect(one(project, 'tgwRouteTable', 'tgw-rtb-018a5e572ec3088d1')).toMatchObject({
        name: 'bat2',
        associations: ['tgw-attach-02ff0f113900dd06d'],
        propagations: ['tgw-attach-02ff0f113900dd06d'],
        routes: [{ destination: '192.168.0.0/16', target: peering }],
      })
      expect(one(project, 'tgwRouteTable', 'tgw-rtb-00be87593fb2cd0ae')).toMatchObject({
        associations: [peering, 'tgw-attach-075ea06a59d3212af'],
        propagations: ['tgw-attach-075ea06a59d3212af'],
        routes: [{ destination: '10.20.0.0/16', target: peering }],
      })
    })

    it('reads VPC attachment subnets from the TGW interfaces when describe-transit-gateway-vpc-attachments is missing', async () => {
      const files = (await readSnapshot('test-transit-gateway-peering')).filter((f) => !f.path.endsWith('/TransitGatewayVpcAttachments.json'))
      const r = importAwsDescribe(files)
      if (!r.ok) throw new Error(r.errors[0].message)
      const full = await imported('test-transit-gateway-peering')
      expect(ofKind(r.project, 'tgwVpcAttachment')).toEqual(ofKind(full.project, 'tgwVpcAttachment'))
      expect(r.report.assumptions.map((e) => [e.item, e.path])).toEqual([
        ['tgw-attach-0068fe8d7e573c375', '$.TransitGatewayAttachments[1]'],
        ['tgw-attach-02ff0f113900dd06d', '$.TransitGatewayAttachments[2]'],
        ['tgw-attach-075ea06a59d3212af', '$.TransitGatewayAttachments[1]'],
      ])
    })

    it('turns instances into workloads and leaves TGW interfaces to their attachments', async () => {
      const { project, report } = await imported('test-transit-gateway-peering')
      expect(ofKind(project, 'workload').map((w) => [w.id, w.name, w.subnet, w.privateIps, w.securityGroups])).toEqual([
        ['i-05e25e43074216229', 'bat2', 'subnet-0934a46c6eb5542d9', ['10.20.1.100'], ['sg-04a980b7d3abb3c6f']],
        ['i-08f3abb6471637c66', 'bat', 'subnet-06818d8a511df9b3d', ['10.10.1.100'], ['sg-08b3e3645d30630ba']],
        ['i-0afb0a59f6bf36397', 'fish', 'subnet-0080bd39fe3626e89', ['192.168.1.100'], ['sg-0365783e832fbf535']],
      ])
      const eniNotes = report.ignored.filter((e) => e.item.startsWith('eni-'))
      expect(eniNotes).toHaveLength(3)
      expect(eniNotes.every((e) => e.reason.includes('transit gateway attachment'))).toBe(true)
    })
  })

  describe('test-vpc-peering (flat folder, overlapping peers)', () => {
    it('skips the disassociated secondary CIDRs and reports each with its JSON path', async () => {
      const { project, report } = await imported('test-vpc-peering')
      expect(ofKind(project, 'vpc').every((v) => v.secondaryCidrs.length === 0)).toBe(true)
      const cidrs = report.skipped.filter((e) => e.reason.includes('disassociated'))
      expect(cidrs.map((e) => [e.file, e.path, e.item])).toEqual([
        ['aws_configs/Vpcs.json', '$.Vpcs[0].CidrBlockAssociationSet[1]', 'vpc-00a31ce9d0c06675c CIDR 192.169.0.0/16'],
        ['aws_configs/Vpcs.json', '$.Vpcs[1].CidrBlockAssociationSet[1]', 'vpc-09095dbf2886404ee CIDR 192.169.0.0/16'],
        ['aws_configs/Vpcs.json', '$.Vpcs[2].CidrBlockAssociationSet[1]', 'vpc-0404e08ceddf7f650 CIDR 10.11.0.0/16'],
      ])
    })

    // AWS keeps the route and drops what it matches; as 0.0.0.0/0 has nothing broader behind it,
    // leaving it out drops the same traffic (no route), and the report says nothing more.
    it('skips the blackhole route to the deleted internet gateway', async () => {
      const { project, report } = await imported('test-vpc-peering')
      expect(one(project, 'routeTable', 'rtb-017c36290c9baf017').routes).toEqual([{ destination: '10.10.0.0/16', target: 'pcx-0b89b559e3319d6cf' }])
      expect(report.skipped).toContainEqual(expect.objectContaining({ path: '$.RouteTables[0].Routes[2]', reason: 'state is blackhole: the target no longer exists' }))
      expect(report.skipped).toHaveLength(4)
    })

    /*
     * Netdraft and Batfish differ here. Batfish puts files directly under aws_configs/ in Region
     * us-west-2 (its default); Netdraft reads the Region from the files: the subnets sit in zones
     * us-east-2a/b/c and the ARNs name us-east-2. A zone belongs to one Region and its name is the
     * Region code plus a letter (EC2 guide, "Regions and Zones":
     * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html), so
     * us-east-2 is where this network ran. No flow depends on it: both peerings are intra-Region.
     */
    it('infers the Region from the zones (the folder names none) and keeps both peerings', async () => {
      const { project, report } = await imported('test-vpc-peering')
      expect(new Set(ofKind(project, 'vpc').map((v) => v.region))).toEqual(new Set(['us-east-2']))
      expect(report.assumptions).toEqual([expect.objectContaining({ file: 'aws_configs', reason: expect.stringContaining('us-east-2') })])
      expect(ofKind(project, 'peeringConnection').map((p) => [p.id, p.name, p.requesterVpc, p.accepterVpc])).toEqual([
        ['pcx-0b89b559e3319d6cf', 'A-B', 'vpc-0404e08ceddf7f650', 'vpc-00a31ce9d0c06675c'],
        ['pcx-0d5b836985ac8ca8c', 'A-C', 'vpc-0404e08ceddf7f650', 'vpc-09095dbf2886404ee'],
      ])
      expect(one(project, 'routeTable', 'rtb-0891861fffaea6d52').routes).toEqual([
        { destination: '192.168.1.0/24', target: 'pcx-0b89b559e3319d6cf' },
        { destination: '192.168.2.0/24', target: 'pcx-0d5b836985ac8ca8c' },
      ])
    })

    it('keeps only the tcp/22 inbound rule of the instance security groups', async () => {
      const { project } = await imported('test-vpc-peering')
      const b = ofKind(project, 'workload').find((w) => w.privateIps.includes('192.168.1.106'))!
      const group = one(project, 'securityGroup', b.securityGroups[0])
      expect(group.ingress).toEqual([expect.objectContaining({ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' })])
    })
  })

  describe('test-vpc-endpoint-gateway (S3 through a prefix-list route)', () => {
    it('maps the prefix-list routes to the endpoint\'s route tables, not to explicit routes', async () => {
      const { project } = await imported('test-vpc-endpoint-gateway')
      expect(ofKind(project, 'gatewayEndpoint').map((e) => [e.id, e.service, e.routeTables])).toEqual([
        ['vpce-0b7357542bb7b83ec', 's3', ['rtb-04f71fc2caa8d94cf', 'rtb-0efde4139784b75b0']],
      ])
      expect(one(project, 'routeTable', 'rtb-04f71fc2caa8d94cf').routes).toEqual([])
      expect(one(project, 'routeTable', 'rtb-0efde4139784b75b0')).toMatchObject({ name: 'testing-igw', routes: [{ destination: '0.0.0.0/0', target: 'igw-0c8afe4471084ccba' }] })
    })

    it('keeps the AWS S3 prefix list with its CIDRs and the custom NACL associations', async () => {
      const { project } = await imported('test-vpc-endpoint-gateway')
      expect(one(project, 'prefixList', 'pl-63a5400a')).toMatchObject({ awsService: 's3', region: 'us-east-1', entries: ['54.231.0.0/17', '52.216.0.0/15', '3.5.16.0/21', '3.5.0.0/20'] })
      expect(ofKind(project, 'subnet').map((s) => [s.id, s.networkAcl, s.routeTable])).toEqual([
        ['subnet-01e5f0945f6d6f47c', 'acl-086ba598bbf8e5d89', 'rtb-04f71fc2caa8d94cf'],
        ['subnet-04391f04b912d0a73', 'acl-086ba598bbf8e5d89', 'rtb-0efde4139784b75b0'],
      ])
      const acl = one(project, 'networkAcl', 'acl-086ba598bbf8e5d89')
      expect(acl.ingress).toEqual([{ ruleNumber: 1000, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }])
    })

    it('reports the service catalogue as ignored, not as not understood', async () => {
      const { report } = await imported('test-vpc-endpoint-gateway')
      expect(report.ignored.map((e) => e.item)).toEqual(expect.arrayContaining(['ServiceDetails', 'ServiceNames', 'AvailabilityZones']))
      expect(report.imported).toMatchObject({ vpc: 1, subnet: 2, gatewayEndpoint: 1, workload: 2, internetGateway: 1 })
    })
  })
})
