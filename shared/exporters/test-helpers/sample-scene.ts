import type { Scene } from '../../layout/scene'

/**
 * A small hand-placed Scene (one account, one Region, two peered VPCs, subnets in two AZs, an
 * internet gateway, one error badge) for exporter tests that must not depend on the layout engine.
 */
export const sampleScene: Scene = {
  width: 900,
  height: 520,
  elements: [
    { id: 'account:111111111111', kind: 'accountBox', x: 20, y: 20, width: 860, height: 480, label: ['Account 111111111111'], styleKey: 'account' },
    { id: 'region:111111111111:eu-west-1', kind: 'regionBox', parentId: 'account:111111111111', x: 40, y: 60, width: 820, height: 420, label: ['eu-west-1'], styleKey: 'region' },
    { id: 'vpc-prod', kind: 'vpc', parentId: 'region:111111111111:eu-west-1', x: 60, y: 100, width: 460, height: 360, label: ['prod', '10.0.0.0/16'], styleKey: 'vpc', severity: 'error' },
    { id: 'az:vpc-prod:eu-west-1a', kind: 'azBox', parentId: 'vpc-prod', x: 80, y: 160, width: 200, height: 280, label: ['eu-west-1a'], styleKey: 'az' },
    { id: 'subnet-pub-a', kind: 'subnet', parentId: 'az:vpc-prod:eu-west-1a', x: 92, y: 200, width: 176, height: 96, label: ['public-a', '10.0.0.0/24', 'eu-west-1a', '251 usable'], styleKey: 'subnetPublic' },
    { id: 'subnet-prv-a', kind: 'subnet', parentId: 'az:vpc-prod:eu-west-1a', x: 92, y: 316, width: 176, height: 96, label: ['private-a', '10.0.10.0/24', 'eu-west-1a', '251 usable'], styleKey: 'subnetPrivate', severity: 'warning' },
    { id: 'az:vpc-prod:eu-west-1b', kind: 'azBox', parentId: 'vpc-prod', x: 300, y: 160, width: 200, height: 280, label: ['eu-west-1b'], styleKey: 'az' },
    { id: 'subnet-pub-b', kind: 'subnet', parentId: 'az:vpc-prod:eu-west-1b', x: 312, y: 200, width: 176, height: 96, label: ['public-b', '10.0.1.0/24', 'eu-west-1b', '251 usable'], styleKey: 'subnetPublic' },
    { id: 'subnet-prv-b', kind: 'subnet', parentId: 'az:vpc-prod:eu-west-1b', x: 312, y: 316, width: 176, height: 96, label: ['private-b', '10.0.11.0/24', 'eu-west-1b', '251 usable'], styleKey: 'subnetPrivate' },
    { id: 'igw-prod', kind: 'internetGateway', parentId: 'vpc-prod', x: 360, y: 108, width: 140, height: 40, label: ['igw-prod'], styleKey: 'internetGateway' },
    { id: 'vpc-shared', kind: 'vpc', parentId: 'region:111111111111:eu-west-1', x: 600, y: 100, width: 240, height: 200, label: ['shared', '10.1.0.0/16'], styleKey: 'vpc' },
    { id: 'subnet-shared', kind: 'subnet', parentId: 'vpc-shared', x: 620, y: 160, width: 200, height: 96, label: ['shared-a', '10.1.0.0/24', 'eu-west-1a', '251 usable'], styleKey: 'subnetPrivate' },
  ],
  edges: [
    {
      id: 'pcx-prod-shared',
      kind: 'peering',
      source: 'vpc-prod',
      target: 'vpc-shared',
      points: [
        { x: 520, y: 380 },
        { x: 560, y: 380 },
        { x: 560, y: 200 },
        { x: 600, y: 200 },
      ],
      label: 'pcx prod-shared',
      labelAt: { x: 524, y: 310 },
      styleKey: 'peering',
    },
  ],
}

/** Where the sample puts a box whose fill a pixel test can look for: inside public-a, below its label. */
export const samplePublicSubnetProbe = { id: 'subnet-pub-a', x: 250, y: 285 }
