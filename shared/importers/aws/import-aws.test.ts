import { describe, expect, it } from 'vitest'
import { type ResourceOf, serializeProject } from '../../model'
import { importAwsDescribe } from './import-aws'
import type { ImportFile } from './types'

const file = (path: string, value: unknown): ImportFile => ({ path, text: JSON.stringify(value, null, 2) })
const tag = (name: string) => [{ Key: 'Name', Value: name }]

const vpc = (id: string, cidr: string, extra: object = {}) => ({ VpcId: id, CidrBlock: cidr, OwnerId: '111111111111', State: 'available', ...extra })
const subnet = (id: string, vpcId: string, cidr: string, az = 'eu-west-1a') => ({ SubnetId: id, VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az, State: 'available' })

function ok(files: ImportFile[]) {
  const r = importAwsDescribe(files)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r
}
const find = (r: ReturnType<typeof ok>, id: string) => r.project.resources.find((x) => x.id === id) as Record<string, unknown> | undefined

describe('importAwsDescribe: folder layouts', () => {
  const vpcs = { Vpcs: [vpc('vpc-1', '10.0.0.0/16', { Tags: tag('app') })] }
  it.each([
    ['<account>/<region>', '222222222222/eu-west-1/vpcs.json', '222222222222', 'eu-west-1'],
    ['Batfish accounts/<account>/<region>', 'aws_configs/accounts/222222222222/ap-southeast-2/a.json', '222222222222', 'ap-southeast-2'],
    ['<region> (account from OwnerId)', 'us-west-2/x.json', '111111111111', 'us-west-2'],
    ['<account> only (Region from the zones)', '222222222222/x.json', '222222222222', 'eu-west-1'],
    ['flat (Region from the zones, account from OwnerId)', 'x.json', '111111111111', 'eu-west-1'],
  ])('%s', (_layout, path, account, region) => {
    const r = ok([file(path, vpcs), file(path.replace(/[^/]+$/, 'subnets.json'), { Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24', `${region}a`)] })])
    expect(find(r, 'vpc-1')).toMatchObject({ kind: 'vpc', name: 'app', account: `account-${account}`, region })
    expect(find(r, `account-${account}`)).toMatchObject({ kind: 'account', accountId: account })
  })

  it('reads the resource type from the top-level key, not the file name', () => {
    const r = ok([file('eu-west-1/Subnets.json', vpcs), file('eu-west-1/Vpcs.json', { Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24')] })])
    expect(r.report.imported).toMatchObject({ vpc: 1, subnet: 1 })
  })

  it('reports unknown top-level keys as not understood and imports the rest', () => {
    const r = ok([file('eu-west-1/v.json', { ...vpcs, Fancy: [1, 2], NextToken: 'abc' })])
    expect(r.report.notUnderstood).toEqual([{ file: 'eu-west-1/v.json', path: '$.Fancy', item: 'Fancy', reason: 'unknown top-level key, ignored' }])
    expect(r.report.ignored.map((e) => e.item)).toEqual(['NextToken'])
    expect(r.report.imported.vpc).toBe(1)
  })
})

describe('importAwsDescribe: malformed input imports nothing', () => {
  const good = file('eu-west-1/vpcs.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')] })
  it('names file, line and column of a truncated file', () => {
    const text = '{\n  "Subnets": [\n    { "SubnetId": "subnet-1"'
    const r = importAwsDescribe([good, { path: 'eu-west-1/subnets.json', text }])
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors).toEqual([{ file: 'eu-west-1/subnets.json', message: expect.stringContaining('truncated'), line: 3, column: expect.any(Number) }])
  })

  it('names the position of a syntax error in the middle of a file', () => {
    const r = importAwsDescribe([{ path: 'a.json', text: '{\n  "Vpcs": [\n    { "VpcId": "vpc-1", }\n  ]\n}' }])
    expect(r.ok ? [] : r.errors).toEqual([{ file: 'a.json', message: expect.stringMatching(/^invalid JSON/), line: 3, column: 25 }])
  })

  it('rejects a list that is not a list and an item without its id, with JSON path and position', () => {
    const r = importAwsDescribe([
      { path: 'x.json', text: '{\n  "Vpcs": {"VpcId": "vpc-1"}\n}' },
      { path: 'y.json', text: '{\n  "Subnets": [\n    {"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/24", "AvailabilityZone": "eu-west-1a"}\n  ]\n}' },
    ])
    expect(r.ok ? [] : r.errors).toEqual([
      { file: 'x.json', message: 'Vpcs should be a list', path: '$.Vpcs', line: 2, column: 3 },
      { file: 'y.json', message: 'SubnetId is missing or not a string', path: '$.Subnets[0].SubnetId', line: 3, column: 5 },
    ])
  })

  it('rejects a file that is not a JSON object, and an invalid CIDR', () => {
    expect(importAwsDescribe([{ path: 'a.json', text: '[1]' }])).toMatchObject({ ok: false, errors: [{ file: 'a.json', path: '$', line: 1, column: 1 }] })
    const r = importAwsDescribe([file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/33')] })])
    expect(r).toMatchObject({ ok: false, errors: [{ file: 'eu-west-1/v.json', path: '$.Vpcs[0].CidrBlock', message: '"10.0.0.0/33" is not an IPv4 CIDR' }] })
  })
})

describe('importAwsDescribe: lifecycle states and merging', () => {
  it('skips deleted, rejected and deleting objects and says why', () => {
    const pcx = (id: string, code: string) => ({ VpcPeeringConnectionId: id, Status: { Code: code }, RequesterVpcInfo: { VpcId: 'vpc-1' }, AccepterVpcInfo: { VpcId: 'vpc-2' } })
    const r = ok([
      file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16'), vpc('vpc-2', '10.1.0.0/16'), vpc('vpc-3', '10.2.0.0/16', { State: 'deleting' })] }),
      file('eu-west-1/p.json', { VpcPeeringConnections: [pcx('pcx-1', 'active'), pcx('pcx-2', 'deleted'), pcx('pcx-3', 'rejected'), pcx('pcx-4', 'pending-acceptance')] }),
      file('eu-west-1/n.json', { NatGateways: [{ NatGatewayId: 'nat-1', SubnetId: 'subnet-x', State: 'deleted' }] }),
    ])
    expect(r.report.skipped.map((e) => [e.item, e.reason])).toEqual([
      ['vpc-3', 'state is deleting'],
      ['nat-1', 'state is deleted'],
      ['pcx-2', 'state is deleted'],
      ['pcx-3', 'state is rejected'],
    ])
    expect(find(r, 'pcx-4')).toMatchObject({ status: 'pending-acceptance' })
  })

  it('merges a cross-account peering that both accounts list', () => {
    const pcx = { VpcPeeringConnectionId: 'pcx-1', Status: { Code: 'active' }, RequesterVpcInfo: { VpcId: 'vpc-1', OwnerId: '111111111111' }, AccepterVpcInfo: { VpcId: 'vpc-2', OwnerId: '222222222222' } }
    const r = ok([
      file('111111111111/eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], VpcPeeringConnections: [pcx] }),
      file('222222222222/us-east-1/v.json', { Vpcs: [vpc('vpc-2', '10.1.0.0/16', { OwnerId: '222222222222' })], VpcPeeringConnections: [pcx] }),
    ])
    expect(r.report.imported.peeringConnection).toBe(1)
    expect(r.report.merged).toEqual([{ file: '222222222222/us-east-1/v.json', path: '$.VpcPeeringConnections[0]', item: 'pcx-1', reason: 'same object as 111111111111/eu-west-1/v.json $.VpcPeeringConnections[0]' }])
    expect(find(r, 'vpc-2')).toMatchObject({ account: 'account-222222222222', region: 'us-east-1' })
  })

  it('skips a peering whose other VPC was not imported', () => {
    const r = ok([file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], VpcPeeringConnections: [{ VpcPeeringConnectionId: 'pcx-1', Status: { Code: 'active' }, RequesterVpcInfo: { VpcId: 'vpc-1' }, AccepterVpcInfo: { VpcId: 'vpc-9', OwnerId: '999999999999' } }] })])
    expect(r.report.skipped).toEqual([expect.objectContaining({ item: 'pcx-1', reason: 'VPC vpc-9 (account 999999999999) is not in the imported data' })])
  })
})

describe('importAwsDescribe: routes', () => {
  const base = [
    file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24')] }),
    file('eu-west-1/g.json', { VpnGateways: [{ VpnGatewayId: 'vgw-1', State: 'available', VpcAttachments: [{ VpcId: 'vpc-1', State: 'attached' }] }] }),
    file('eu-west-1/e.json', { VpcEndpoints: [{ VpcEndpointId: 'vpce-1', VpcId: 'vpc-1', ServiceName: 'com.amazonaws.eu-west-1.dynamodb', VpcEndpointType: 'Gateway', State: 'available', RouteTableIds: [] }] }),
  ]
  const table = {
    RouteTableId: 'rtb-1', VpcId: 'vpc-1', Tags: tag('private'),
    Associations: [{ Main: false, SubnetId: 'subnet-1', AssociationState: { State: 'associated' } }, { Main: false, SubnetId: 'subnet-1', AssociationState: { State: 'disassociated' } }],
    PropagatingVgws: [{ GatewayId: 'vgw-1' }],
    Routes: [
      { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
      { DestinationCidrBlock: '172.16.0.0/12', GatewayId: 'vgw-1', State: 'active', Origin: 'EnableVgwRoutePropagation' },
      { DestinationCidrBlock: '192.168.0.0/16', GatewayId: 'vgw-1', State: 'active', Origin: 'CreateRoute' },
      { DestinationPrefixListId: 'pl-dynamo', GatewayId: 'vpce-1', State: 'active', Origin: 'CreateRoute' },
      { DestinationCidrBlock: '0.0.0.0/0', InstanceId: 'i-nat', NetworkInterfaceId: 'eni-nat', State: 'active', Origin: 'CreateRoute' },
      { DestinationCidrBlock: '100.64.0.0/10', CarrierGatewayId: 'cagw-1', State: 'active', Origin: 'CreateRoute' },
    ],
  }
  const instances = { Reservations: [{ OwnerId: '111111111111', Instances: [{ InstanceId: 'i-nat', State: { Name: 'running' }, Tags: tag('nat box'), NetworkInterfaces: [{ NetworkInterfaceId: 'eni-nat', SubnetId: 'subnet-1', SourceDestCheck: false, Groups: [], PrivateIpAddresses: [{ PrivateIpAddress: '10.0.1.5' }] }] }] }] }

  it('keeps explicit routes; local, VGW-propagated and gateway-endpoint routes become implicit', () => {
    const r = ok([...base, file('eu-west-1/rt.json', { RouteTables: [table] }), file('eu-west-1/i.json', instances)])
    expect(find(r, 'rtb-1')).toMatchObject({
      name: 'private',
      propagatingVgws: ['vgw-1'],
      routes: [{ destination: '192.168.0.0/16', target: 'vgw-1' }, { destination: '0.0.0.0/0', target: 'i-nat' }],
    })
    expect(find(r, 'vpce-1')).toMatchObject({ kind: 'gatewayEndpoint', service: 'dynamodb', routeTables: ['rtb-1'] })
    expect(find(r, 'subnet-1')).toMatchObject({ routeTable: 'rtb-1' })
    expect(find(r, 'i-nat')).toMatchObject({ kind: 'workload', name: 'nat box', sourceDestCheck: false, privateIps: ['10.0.1.5'] })
    expect(r.report.skipped.map((e) => [e.path, e.reason])).toEqual([
      ['$.RouteTables[0].Routes[1]', 'propagated from a virtual private gateway: the table lists the gateway in propagatingVgws'],
      ['$.RouteTables[0].Routes[5]', 'CarrierGatewayId targets are not part of the model'],
      ['$.RouteTables[0].Associations[1]', 'state is disassociated'],
    ])
  })
  it('skips blackhole routes, and says where a broader route takes the traffic AWS drops', () => {
    const holes = {
      ...table,
      PropagatingVgws: [],
      Routes: [
        { DestinationCidrBlock: '192.168.0.0/16', GatewayId: 'vgw-1', State: 'active', Origin: 'CreateRoute' },
        { DestinationCidrBlock: '192.168.5.0/24', VpcPeeringConnectionId: 'pcx-gone', State: 'blackhole', Origin: 'CreateRoute' },
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-gone', State: 'blackhole', Origin: 'CreateRoute' },
      ],
    }
    const r = ok([...base, file('eu-west-1/rt.json', { RouteTables: [holes] })])
    expect(find(r, 'rtb-1')).toMatchObject({ routes: [{ destination: '192.168.0.0/16', target: 'vgw-1' }] })
    expect(r.report.skipped.filter((e) => e.path.includes('Routes')).map((e) => [e.path, e.reason])).toEqual([
      ['$.RouteTables[0].Routes[1]', 'state is blackhole: the target no longer exists; AWS drops traffic to 192.168.5.0/24, but the design cannot hold a blackhole route, so it follows 192.168.0.0/16 → vgw-1 instead'],
      // Nothing broader than 0.0.0.0/0: leaving it out drops the same traffic (no route).
      ['$.RouteTables[0].Routes[2]', 'state is blackhole: the target no longer exists'],
    ])
  })
})

describe('importAwsDescribe: workloads', () => {
  const eni = (id: string, subnetId: string, groups: string[], ip: string, extra: object = {}) => ({ NetworkInterfaceId: id, SubnetId: subnetId, Groups: groups.map((GroupId) => ({ GroupId })), PrivateIpAddress: ip, InterfaceType: 'interface', ...extra })
  it('groups instances and interfaces per subnet and security-group set', () => {
    const r = ok([
      file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24'), subnet('subnet-2', 'vpc-1', '10.0.2.0/24')] }),
      file('eu-west-1/sg.json', { SecurityGroups: ['sg-a', 'sg-b'].map((GroupId) => ({ GroupId, GroupName: GroupId, VpcId: 'vpc-1', IpPermissions: [], IpPermissionsEgress: [] })) }),
      file('eu-west-1/i.json', {
        Reservations: [{ Instances: [
          { InstanceId: 'i-1', State: { Name: 'running' }, Tags: tag('web'), NetworkInterfaces: [eni('eni-1', 'subnet-1', ['sg-b', 'sg-a'], '10.0.1.10')] },
          { InstanceId: 'i-2', State: { Name: 'stopped' }, Tags: tag('web'), NetworkInterfaces: [eni('eni-2', 'subnet-1', ['sg-a', 'sg-b'], '10.0.1.11')] },
          { InstanceId: 'i-3', State: { Name: 'terminated' }, NetworkInterfaces: [] },
        ] }],
      }),
      file('eu-west-1/e.json', {
        NetworkInterfaces: [
          eni('eni-1', 'subnet-1', ['sg-a', 'sg-b'], '10.0.1.10'),
          eni('eni-3', 'subnet-1', ['sg-a'], '10.0.1.20', { Description: 'lambda' }),
          eni('eni-4', 'subnet-2', ['sg-a'], '10.0.2.20', { InterfaceType: 'nat_gateway' }),
        ],
      }),
    ])
    const workloads = r.project.resources.filter((x): x is ResourceOf<'workload'> => x.kind === 'workload')
    expect(workloads.map((w) => [w.id, w.name, w.subnet, w.instances, w.privateIps, w.securityGroups])).toEqual([
      ['eni-3', 'lambda', 'subnet-1', 1, ['10.0.1.20'], ['sg-a']],
      ['i-1', 'web', 'subnet-1', 2, ['10.0.1.10', '10.0.1.11'], ['sg-a', 'sg-b']],
    ])
    expect(workloads[1].description).toBe('2 instances or interfaces: i-1, i-2')
    expect(r.report.skipped.map((e) => [e.item, e.reason])).toEqual([['i-3', 'state is terminated']])
    expect(r.report.ignored.map((e) => e.item)).toEqual(['eni-4'])
  })

  it('counts an instance with two interfaces in one subnet once', () => {
    const r = ok([
      file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24')] }),
      file('eu-west-1/i.json', {
        Reservations: [{ Instances: [
          { InstanceId: 'i-1', State: { Name: 'running' }, NetworkInterfaces: [eni('eni-1', 'subnet-1', [], '10.0.1.10'), eni('eni-2', 'subnet-1', [], '10.0.1.11')] },
        ] }],
      }),
    ])
    expect(find(r, 'i-1')).toMatchObject({ kind: 'workload', instances: 1, privateIps: ['10.0.1.10', '10.0.1.11'] })
  })
})

describe('importAwsDescribe: transit gateways', () => {
  it('reads the per-table forms of get-…-propagations and search-…-routes and skips deleted attachments', () => {
    const r = ok([
      file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')], Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24')] }),
      file('eu-west-1/tgw.json', {
        TransitGateways: [{ TransitGatewayId: 'tgw-1', State: 'available', OwnerId: '111111111111', Options: { AmazonSideAsn: 65100, DefaultRouteTableAssociation: 'disable' } }],
        TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayId: 'tgw-1', State: 'available' }],
        TransitGatewayVpcAttachments: [
          { TransitGatewayAttachmentId: 'tgw-attach-1', TransitGatewayId: 'tgw-1', VpcId: 'vpc-1', SubnetIds: ['subnet-1'], State: 'available' },
          { TransitGatewayAttachmentId: 'tgw-attach-2', TransitGatewayId: 'tgw-1', VpcId: 'vpc-1', SubnetIds: ['subnet-1'], State: 'deleted' },
        ],
      }),
      file('eu-west-1/prop-tgw-rtb-1.json', { TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayRouteTablePropagations: [{ TransitGatewayAttachmentId: 'tgw-attach-1', State: 'enabled' }] }),
      file('eu-west-1/routes-tgw-rtb-1.json', {
        TransitGatewayRouteTableId: 'tgw-rtb-1',
        Routes: [
          { DestinationCidrBlock: '0.0.0.0/0', Type: 'static', State: 'active', TransitGatewayAttachments: [{ TransitGatewayAttachmentId: 'tgw-attach-1' }] },
          { DestinationCidrBlock: '10.9.0.0/16', Type: 'static', State: 'blackhole' },
          { DestinationCidrBlock: '10.0.0.0/16', Type: 'propagated', State: 'active', TransitGatewayAttachments: [{ TransitGatewayAttachmentId: 'tgw-attach-1' }] },
        ],
        AdditionalRoutesAvailable: false,
      }),
    ])
    expect(find(r, 'tgw-1')).toMatchObject({ amazonSideAsn: 65100, defaultRouteTableAssociation: false, account: 'account-111111111111' })
    expect(find(r, 'tgw-rtb-1')).toMatchObject({ propagations: ['tgw-attach-1'], routes: [{ destination: '0.0.0.0/0', target: 'tgw-attach-1' }, { destination: '10.9.0.0/16', target: 'blackhole' }] })
    expect(r.report.skipped.map((e) => [e.item, e.reason])).toEqual([
      ['tgw-attach-2', 'state is deleted'],
      ['tgw-rtb-1 route 10.0.0.0/16', "propagated route: the table's propagations produce it"],
    ])
  })

  it('reports truncated route searches and route outputs that do not name their table', () => {
    const r = ok([
      file('eu-west-1/t.json', { TransitGateways: [{ TransitGatewayId: 'tgw-1', State: 'available' }], TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayId: 'tgw-1' }] }),
      file('eu-west-1/routes.json', { TransitGatewayRouteTableId: 'tgw-rtb-1', Routes: [], AdditionalRoutesAvailable: true }),
      file('eu-west-1/raw.json', { Routes: [], AdditionalRoutesAvailable: false }),
    ])
    expect(r.report.skipped.map((e) => [e.file, e.path, e.reason.split(':')[0]])).toEqual([
      ['eu-west-1/raw.json', '$.Routes', 'no TransitGatewayRouteTableId beside it'],
      ['eu-west-1/routes.json', '$.AdditionalRoutesAvailable', 'the search returned its first 1,000 routes only; narrow it with --filters to read the rest'],
    ])
  })

  it('skips a peering attachment whose other transit gateway is not imported', () => {
    const r = ok([file('eu-west-1/t.json', {
      TransitGateways: [{ TransitGatewayId: 'tgw-1', State: 'available' }],
      TransitGatewayAttachments: [{ TransitGatewayAttachmentId: 'tgw-attach-p', TransitGatewayId: 'tgw-1', ResourceType: 'peering', ResourceId: 'tgw-9', State: 'available' }],
    })])
    expect(r.report.skipped).toEqual([expect.objectContaining({ item: 'tgw-attach-p', reason: expect.stringContaining('tgw-9 is not in the imported data') })])
  })
})

describe('importAwsDescribe: output', () => {
  it('is the same whatever order the files come in', () => {
    const files = [
      file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16')] }),
      file('eu-west-1/s.json', { Subnets: [subnet('subnet-1', 'vpc-1', '10.0.1.0/24')] }),
      file('eu-west-1/g.json', { InternetGateways: [{ InternetGatewayId: 'igw-1', Attachments: [{ VpcId: 'vpc-1', State: 'available' }] }, { InternetGatewayId: 'igw-2', Attachments: [] }] }),
    ]
    const a = ok(files)
    const b = ok([...files].reverse())
    expect(serializeProject(b.project)).toBe(serializeProject(a.project))
    expect(a.report.skipped.map((e) => [e.item, e.reason])).toEqual([['igw-2', 'not attached to a VPC']])
  })
})

describe('importAwsDescribe: ids', () => {
  it('keeps AWS ids as ids and external ids, and makes a valid id from one the model cannot hold', () => {
    const odd = 'vpc:with/odd chars'
    const r = ok([file('eu-west-1/v.json', { Vpcs: [vpc('vpc-1', '10.0.0.0/16'), vpc(odd, '10.1.0.0/16')] })])
    expect(r.project.resources.filter((x) => x.kind === 'vpc').map((x) => [x.id, x.externalId])).toEqual([
      ['vpc-1', 'vpc-1'],
      ['vpc-with-odd-chars', odd],
    ])
    const twins = ok([file('eu-west-1/v.json', { Vpcs: [vpc('vpc:a', '10.0.0.0/16'), vpc('vpc/a', '10.1.0.0/16')] })])
    expect(twins.project.resources.filter((x) => x.kind === 'vpc').map((x) => [x.id, x.externalId])).toEqual([
      ['vpc-a', 'vpc:a'],
      ['vpc-a-2', 'vpc/a'],
    ])
  })
})
