import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ResourceInput } from '../../model/kinds'
import { loadProject } from '../../model/load'
import { CURRENT_FORMAT_VERSION, type Project, projectSchema } from '../../model/project'

export function project(resources: ResourceInput[], pins: Record<string, { x: number; y: number }> = {}): Project {
  return projectSchema.parse({ formatVersion: CURRENT_FORMAT_VERSION, name: 'test', resources, layout: { pins } })
}

export function example(name: string): Project {
  const text = readFileSync(join(import.meta.dirname, '../../../examples', `${name}.netdraft.json`), 'utf8')
  const loaded = loadProject(text)
  if (!loaded.ok) throw new Error(`examples/${name}: ${loaded.problems[0]!.message}`)
  return loaded.project
}

/** One VPC with a public and a private subnet in each of two AZs, an IGW and a NAT gateway. */
export function vpcResources(id: string, account: string, region: string, second: number): ResourceInput[] {
  return [
    { kind: 'vpc', id, name: id, account, region, cidr: `10.${second}.0.0/16` },
    { kind: 'internetGateway', id: `${id}-igw`, name: `${id}-igw`, vpc: id },
    { kind: 'routeTable', id: `${id}-main`, name: `${id}-main`, vpc: id, main: true },
    { kind: 'routeTable', id: `${id}-public`, name: `${id}-public`, vpc: id, routes: [{ destination: '0.0.0.0/0', target: `${id}-igw` }] },
    { kind: 'subnet', id: `${id}-pub-a`, name: `${id}-pub-a`, vpc: id, az: `${region}a`, cidr: `10.${second}.0.0/24`, routeTable: `${id}-public` },
    { kind: 'subnet', id: `${id}-pub-b`, name: `${id}-pub-b`, vpc: id, az: `${region}b`, cidr: `10.${second}.1.0/24`, routeTable: `${id}-public` },
    { kind: 'subnet', id: `${id}-priv-a`, name: `${id}-priv-a`, vpc: id, az: `${region}a`, cidr: `10.${second}.10.0/24` },
    { kind: 'subnet', id: `${id}-priv-b`, name: `${id}-priv-b`, vpc: id, az: `${region}b`, cidr: `10.${second}.11.0/24` },
    { kind: 'natGateway', id: `${id}-nat`, name: `${id}-nat`, subnet: `${id}-pub-a` },
    { kind: 'workload', id: `${id}-app`, name: `${id}-app`, subnet: `${id}-priv-a`, instances: 3 },
  ]
}

/** Two accounts, three VPCs in two Regions, a transit gateway hub, peering, VPN to on-premises. */
export function smallDesign(): Project {
  return project([
    { kind: 'account', id: 'acc-net', name: 'network', accountId: '111111111111' },
    { kind: 'account', id: 'acc-app', name: 'app', accountId: '222222222222' },
    ...vpcResources('vpc-a', 'acc-app', 'eu-west-1', 1),
    ...vpcResources('vpc-b', 'acc-app', 'eu-west-1', 2),
    ...vpcResources('vpc-c', 'acc-net', 'us-east-1', 3),
    { kind: 'transitGateway', id: 'tgw', name: 'hub', account: 'acc-app', region: 'eu-west-1' },
    { kind: 'tgwRouteTable', id: 'tgw-rt', name: 'spokes', transitGateway: 'tgw' },
    { kind: 'tgwVpcAttachment', id: 'att-a', name: 'att-a', transitGateway: 'tgw', vpc: 'vpc-a', subnets: ['vpc-a-priv-a'] },
    { kind: 'tgwVpcAttachment', id: 'att-b', name: 'att-b', transitGateway: 'tgw', vpc: 'vpc-b', subnets: ['vpc-b-priv-a'] },
    { kind: 'peeringConnection', id: 'pcx-ac', name: 'a-to-c', requesterVpc: 'vpc-a', accepterVpc: 'vpc-c' },
    { kind: 'onPremNetwork', id: 'dc', name: 'dc', cidrs: ['192.168.0.0/16'] },
    { kind: 'customerGateway', id: 'cgw', name: 'router', account: 'acc-app', region: 'eu-west-1', onPremNetwork: 'dc' },
    { kind: 'vpnConnection', id: 'vpn', name: 'dc-vpn', customerGateway: 'cgw', gateway: 'tgw' },
  ])
}
