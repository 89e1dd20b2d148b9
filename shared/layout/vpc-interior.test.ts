import { describe, expect, it } from 'vitest'
import { labelBandHeight, minBoxWidth } from './box-geometry'
import { rectContains, rectsOverlap } from './scene'
import { boxStyle, PADDING } from './style'
import { placeVpc, type SubnetSpec, type VpcSpec } from './vpc-interior'

function subnet(id: string, az: string, isPublic: boolean, children: SubnetSpec['children'] = []): SubnetSpec {
  return { id, kind: 'subnet', label: [id, '10.0.0.0/24', `${az} · 251 usable`], styleKey: isPublic ? 'subnetPublic' : 'subnetPrivate', az, isPublic, children }
}

const spec: VpcSpec = {
  id: 'vpc',
  label: ['vpc', '10.0.0.0/16'],
  topRow: [{ id: 'igw', kind: 'internetGateway', label: ['igw'], styleKey: 'internetGateway' }],
  bottomRow: [{ id: 'ep', kind: 'interfaceEndpoint', label: ['ep', 'com.amazonaws.eu-west-1.ssm'], styleKey: 'interfaceEndpoint' }],
  subnets: [
    subnet('priv-b', 'eu-west-1b', false),
    subnet('pub-a', 'eu-west-1a', true, [{ id: 'nat', kind: 'natGateway', label: ['nat'], styleKey: 'natGateway' }]),
    subnet('priv-a', 'eu-west-1a', false, [
      { id: 'w1', kind: 'workload', label: ['w1'], styleKey: 'workload' },
      { id: 'w2', kind: 'workload', label: ['w2'], styleKey: 'workload' },
      { id: 'w3', kind: 'workload', label: ['w3 with a long name'], styleKey: 'workload' },
    ]),
  ],
}

describe('placeVpc', () => {
  const layout = placeVpc(spec)
  const box = (id: string) => layout.boxes.find((b) => b.id === id)!
  const vpcRect = { x: 0, y: 0, width: layout.width, height: layout.height }

  it('puts AZs in sorted columns and public subnets above private ones, aligned across AZs', () => {
    expect(box('az:vpc:eu-west-1a').x).toBeLessThan(box('az:vpc:eu-west-1b').x)
    expect(box('pub-a').y).toBeLessThan(box('priv-a').y)
    // The private band starts at the same height in both AZs, though 1b has no public subnet.
    expect(box('priv-b').y).toBe(box('priv-a').y)
  })

  it('keeps every box inside its parent and siblings apart', () => {
    const byId = new Map(layout.boxes.map((b) => [b.id, b]))
    for (const b of layout.boxes) {
      const parent = b.parentId === 'vpc' ? vpcRect : byId.get(b.parentId)!
      expect(rectContains(parent, b), `${b.id} in ${b.parentId}`).toBe(true)
      for (const other of layout.boxes) if (other !== b && other.parentId === b.parentId) expect(rectsOverlap(b, other), `${b.id} / ${other.id}`).toBe(false)
    }
  })

  it('sizes every box for its label', () => {
    for (const b of layout.boxes) {
      expect(b.width).toBeGreaterThanOrEqual(minBoxWidth(b.label, boxStyle(b.styleKey)))
      expect(b.height).toBeGreaterThanOrEqual(labelBandHeight(b.label, boxStyle(b.styleKey)))
    }
  })

  it('gives gateways a port on the top border and endpoints one on the bottom border', () => {
    expect(layout.ports).toEqual([
      expect.objectContaining({ id: 'port:igw', owner: 'igw', side: 'NORTH', y: 0, x: box('igw').x + box('igw').width / 2, ownerY: box('igw').y }),
      expect.objectContaining({ id: 'port:ep', owner: 'ep', side: 'SOUTH', y: layout.height, ownerY: box('ep').y + box('ep').height }),
    ])
  })

  it('moves the boxes it is told to the other border, with their ports', () => {
    const moved = placeVpc(spec, ['ep', 'igw'])
    const at = (id: string) => moved.boxes.find((b) => b.id === id)!
    expect(at('ep').y).toBe(PADDING)
    expect(at('igw').y + at('igw').height).toBe(moved.height - PADDING)
    expect(moved.ports).toEqual([
      expect.objectContaining({ id: 'port:ep', side: 'NORTH', y: 0, ownerY: PADDING }),
      expect.objectContaining({ id: 'port:igw', side: 'SOUTH', y: moved.height, ownerY: moved.height - PADDING }),
    ])
    for (const b of moved.boxes) expect(rectContains({ x: 0, y: 0, width: moved.width, height: moved.height }, b), b.id).toBe(true)
    expect(placeVpc(spec, [])).toEqual(layout)
  })

  it('places a VPC without subnets as a header with its gateway rows', () => {
    const empty = placeVpc({ ...spec, subnets: [] })
    expect(empty.boxes.map((b) => b.id)).toEqual(['igw', 'ep'])
    expect(empty.height).toBeLessThan(layout.height)
  })
})
