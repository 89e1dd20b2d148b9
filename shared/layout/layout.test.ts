import { describe, expect, it } from 'vitest'
import { LayoutCache, layoutProject, type Scene } from './index'
import { example, project, smallDesign, vpcResources } from './test-helpers/designs'
import { badEdges, childrenOutsideParents, labelsThatDoNotFit, overlappingEdgeLabels, overlappingSiblings, parentsBeforeChildren, sceneProblems } from './test-helpers/scene-checks'

const element = (scene: Scene, id: string) => {
  const e = scene.elements.find((x) => x.id === id)
  if (!e) throw new Error(`no element ${id}`)
  return e
}

describe('layoutProject geometry', () => {
  it.each(['hub-and-spoke', 'peering', 'privatelink'])('lays out examples/%s without violations', async (name) => {
    const scene = await layoutProject(example(name))
    expect(childrenOutsideParents(scene)).toEqual([])
    expect(overlappingSiblings(scene)).toEqual([])
    expect(parentsBeforeChildren(scene)).toEqual([])
    expect(badEdges(scene)).toEqual([])
    expect(labelsThatDoNotFit(scene)).toEqual([])
    expect(overlappingEdgeLabels(scene)).toEqual([])
    expect(scene.edges.length).toBeGreaterThan(0)
  })

  it('nests accounts, regions, VPCs, AZs, subnets and subnet contents', async () => {
    const scene = await layoutProject(smallDesign())
    expect(sceneProblems(scene)).toEqual([])
    expect(element(scene, 'acc-app')).toMatchObject({ kind: 'accountBox' })
    expect(element(scene, 'region:acc-app:eu-west-1')).toMatchObject({ kind: 'regionBox', parentId: 'acc-app' })
    expect(element(scene, 'vpc-a')).toMatchObject({ kind: 'vpc', parentId: 'region:acc-app:eu-west-1' })
    expect(element(scene, 'az:vpc-a:eu-west-1a')).toMatchObject({ kind: 'azBox', parentId: 'vpc-a' })
    expect(element(scene, 'vpc-a-pub-a')).toMatchObject({ parentId: 'az:vpc-a:eu-west-1a', styleKey: 'subnetPublic' })
    expect(element(scene, 'vpc-a-priv-a')).toMatchObject({ styleKey: 'subnetPrivate' })
    expect(element(scene, 'vpc-a-nat')).toMatchObject({ parentId: 'vpc-a-pub-a', icon: 'NAT' })
    expect(element(scene, 'vpc-a-igw')).toMatchObject({ parentId: 'vpc-a' })
    expect(element(scene, 'tgw')).toMatchObject({ parentId: 'region:acc-app:eu-west-1' })
    expect(element(scene, 'dc').parentId).toBeUndefined()
  })

  it('stacks public subnets above private ones and keeps AZs in columns', async () => {
    const scene = await layoutProject(smallDesign())
    expect(element(scene, 'vpc-a-pub-a').y).toBeLessThan(element(scene, 'vpc-a-priv-a').y)
    expect(element(scene, 'vpc-a-pub-b').y).toBe(element(scene, 'vpc-a-pub-a').y)
    expect(element(scene, 'az:vpc-a:eu-west-1a').x).toBeLessThan(element(scene, 'az:vpc-a:eu-west-1b').x)
  })

  it('labels subnets with name, CIDR, AZ and usable addresses', async () => {
    const scene = await layoutProject(smallDesign())
    expect(element(scene, 'vpc-a-pub-a').label).toEqual(['vpc-a-pub-a', '10.1.0.0/24', 'eu-west-1a · 251 usable'])
  })

  it('draws every connection kind between the right elements', async () => {
    const scene = await layoutProject(smallDesign())
    const edge = (id: string) => scene.edges.find((e) => e.id === id)
    expect(edge('pcx-ac')).toMatchObject({ kind: 'peering', source: 'vpc-a', target: 'vpc-c', label: 'a-to-c' })
    expect(edge('att-a')).toMatchObject({ kind: 'tgwAttachment' })
    expect(edge('vpn')).toMatchObject({ kind: 'vpn', source: 'cgw', target: 'tgw' })
    expect(edge('internet:vpc-a-igw')).toMatchObject({ kind: 'internet', source: 'internet', target: 'vpc-a-igw' })
    expect(edge('onPremLink:dc:cgw')).toMatchObject({ kind: 'onPremLink' })
  })

  it('skips edges whose ends are missing and boxes accounts that are not in the design', async () => {
    const scene = await layoutProject(
      project([
        ...vpcResources('vpc-x', 'acc-ghost', 'eu-west-1', 1),
        { kind: 'peeringConnection', id: 'pcx-dangling', name: 'p', requesterVpc: 'vpc-x', accepterVpc: 'vpc-gone' },
      ]),
    )
    expect(element(scene, 'acc-ghost').label).toEqual(['acc-ghost', 'account not in design'])
    expect(scene.edges.find((e) => e.id === 'pcx-dangling')).toBeUndefined()
    expect(sceneProblems(scene)).toEqual([])
  })

  it('lays out an empty design as an empty scene', async () => {
    const scene = await layoutProject(project([]))
    expect(scene.elements).toEqual([])
    expect(scene.edges).toEqual([])
  })

  it('badges the worst diagnostic severity of each resource', async () => {
    const scene = await layoutProject(smallDesign(), {
      diagnostics: [
        { resourceId: 'vpc-a', severity: 'warning' },
        { resourceId: 'vpc-a', severity: 'error' },
        { resourceId: 'vpc-b-pub-a', severity: 'info' },
      ],
    })
    expect(element(scene, 'vpc-a').severity).toBe('error')
    expect(element(scene, 'vpc-b-pub-a').severity).toBe('info')
    expect(element(scene, 'vpc-c').severity).toBeUndefined()
  })
})

describe('layoutProject determinism', () => {
  it('gives byte-identical JSON for the same input, with or without a warm cache', async () => {
    const cache = new LayoutCache()
    const a = JSON.stringify(await layoutProject(example('hub-and-spoke'), { cache }))
    const b = JSON.stringify(await layoutProject(example('hub-and-spoke'), { cache }))
    const c = JSON.stringify(await layoutProject(example('hub-and-spoke')))
    expect(b).toBe(a)
    expect(c).toBe(a)
  })

  it('does not depend on the order of resources in the file', async () => {
    const design = smallDesign()
    const reversed = { ...design, resources: [...design.resources].reverse() }
    expect(JSON.stringify(await layoutProject(reversed))).toBe(JSON.stringify(await layoutProject(design)))
  })
})

describe('edges between boxes side by side', () => {
  const bends = (points: readonly { x: number; y: number }[]) => Math.max(0, points.length - 2)

  it('runs the cross-Region peering of examples/peering straight across between the two Regions', async () => {
    const scene = await layoutProject(example('peering'))
    const edge = scene.edges.find((e) => e.id === 'pcx-bc')!
    const api = element(scene, 'vpc-b')
    const data = element(scene, 'vpc-c')
    expect(edge).toMatchObject({ source: 'vpc-b', target: 'vpc-c' })
    expect(bends(edge.points)).toBeLessThanOrEqual(2)
    // Out of api's east side, into data's west side, never up over the VPCs or down below them.
    expect(edge.points[0]!.x).toBe(api.x + api.width)
    expect(edge.points.at(-1)!.x).toBe(data.x)
    for (const p of edge.points) {
      expect(p.y).toBeGreaterThan(Math.max(api.y, data.y))
      expect(p.y).toBeLessThan(Math.min(api.y + api.height, data.y + data.height))
      expect(p.x).toBeGreaterThanOrEqual(api.x + api.width)
      expect(p.x).toBeLessThanOrEqual(data.x)
    }
  })

  it('keeps examples/peering narrow: no box shifted sideways to straighten an edge, no half units', async () => {
    const scene = await layoutProject(example('peering'))
    // Two Regions side by side plus the root margins and one channel for the internet edge.
    expect(scene.width).toBeLessThanOrEqual(1185)
    expect(element(scene, 'acct-data').x).toBe(element(scene, 'acct-app').x)
    for (const e of scene.elements) expect(Number.isInteger(e.x) && Number.isInteger(e.y), e.id).toBe(true)
    for (const e of scene.edges) for (const p of e.points) expect(Number.isInteger(p.x) && Number.isInteger(p.y), e.id).toBe(true)
  })

  const threeVpcs = () =>
    project([
      { kind: 'account', id: 'acc', name: 'a', accountId: '111111111111' },
      ...vpcResources('vpc-a', 'acc', 'eu-west-1', 1),
      ...vpcResources('vpc-b', 'acc', 'eu-west-1', 2),
      ...vpcResources('vpc-c', 'acc', 'eu-west-1', 3),
      { kind: 'peeringConnection', id: 'pcx-ab', name: 'a-b', requesterVpc: 'vpc-a', accepterVpc: 'vpc-b' },
      { kind: 'peeringConnection', id: 'pcx-ba', name: 'b-a', requesterVpc: 'vpc-b', accepterVpc: 'vpc-a' },
      { kind: 'peeringConnection', id: 'pcx-ac', name: 'a-c', requesterVpc: 'vpc-a', accepterVpc: 'vpc-c' },
    ])

  it('joins neighbouring VPCs of a row through their facing sides, others through top and bottom', async () => {
    const scene = await layoutProject(threeVpcs())
    expect(sceneProblems(scene)).toEqual([])
    const a = element(scene, 'vpc-a')
    const b = element(scene, 'vpc-b')
    const c = element(scene, 'vpc-c')
    expect(a.y).toBe(b.y)
    expect(c.y).toBeGreaterThan(a.y + a.height)
    const edge = (id: string) => scene.edges.find((e) => e.id === id)!
    for (const id of ['pcx-ab', 'pcx-ba']) {
      const points = edge(id).points
      expect(points.every((p) => p.y === points[0]!.y), id).toBe(true)
      expect(points.map((p) => p.x).sort((x, y) => x - y)).toEqual([a.x + a.width, b.x])
    }
    const down = edge('pcx-ac').points
    expect(down[0]!.y).toBe(a.y + a.height)
    expect(down.at(-1)!.y).toBe(c.y)
  })

  it('leaves side ports out where the row is pinned apart, and stays byte-identical', async () => {
    const pinned = { ...threeVpcs(), layout: { pins: { 'vpc-b': { x: 16, y: 900 } } } }
    const scene = await layoutProject(pinned)
    expect(sceneProblems(scene)).toEqual([])
    const ab = scene.edges.find((e) => e.id === 'pcx-ab')!
    expect(ab.points[0]!.y).toBe(element(scene, 'vpc-a').y + element(scene, 'vpc-a').height)
    expect(JSON.stringify(await layoutProject(threeVpcs()))).toBe(JSON.stringify(await layoutProject(threeVpcs(), { cache: new LayoutCache() })))
  })
})

describe('edge boxes on the VPC border that faces their edges', () => {
  const bends = (points: readonly { x: number; y: number }[]) => Math.max(0, points.length - 2)
  /** examples/privatelink with the provider's account id sorting first: the provider is drawn on top. */
  const providerFirst = () => JSON.parse(JSON.stringify(example('privatelink')).replaceAll('"acct-provider"', '"acct-a-provider"')) as ReturnType<typeof example>
  const endpoints = ['vpce-billing-payments', 'vpce-shop-payments']

  it('puts the endpoint service on top of its VPC when its consumers are drawn above, so the edge drops straight in', async () => {
    const scene = await layoutProject(example('privatelink'))
    expect(sceneProblems(scene)).toEqual([])
    const vpc = element(scene, 'vpc-payments')
    const service = element(scene, 'vpce-svc-payments')
    expect(service.y).toBe(vpc.y + 8)
    for (const id of endpoints) {
      const endpoint = element(scene, id)
      const consumer = element(scene, endpoint.parentId!)
      // The consumers keep their endpoints at the bottom: their edges leave downwards.
      expect(endpoint.y + endpoint.height).toBe(consumer.y + consumer.height - 8)
      const edge = scene.edges.find((e) => e.id === `privatelink:${id}`)!
      expect(bends(edge.points), id).toBeLessThanOrEqual(2)
      expect(edge.points.at(-1)).toMatchObject({ y: service.y })
      for (const p of edge.points.slice(0, -1)) expect(p.y, id).toBeLessThanOrEqual(vpc.y)
    }
    // The consumer account holds no channel below its Region: the edge leaves straight down.
    const account = element(scene, 'acct-consumer')
    const region = element(scene, 'region:acct-consumer:us-east-1')
    expect(account.y + account.height - (region.y + region.height)).toBeLessThanOrEqual(40)
  })

  it('puts interface endpoints on top when the provider is drawn above their VPC, the service at the bottom', async () => {
    const scene = await layoutProject(providerFirst())
    expect(sceneProblems(scene)).toEqual([])
    const vpc = element(scene, 'vpc-payments')
    const service = element(scene, 'vpce-svc-payments')
    expect(element(scene, 'acct-a-provider').y).toBeLessThan(element(scene, 'acct-consumer').y)
    expect(service.y + service.height).toBe(vpc.y + vpc.height - 8)
    for (const id of endpoints) {
      const endpoint = element(scene, id)
      expect(endpoint.y).toBe(element(scene, endpoint.parentId!).y + 8)
      const edge = scene.edges.find((e) => e.id === `privatelink:${id}`)!
      expect(bends(edge.points), id).toBeLessThanOrEqual(2)
    }
    // Gateway endpoints have no edges and keep the bottom row.
    const s3 = element(scene, 'vpce-shop-s3')
    expect(s3.y + s3.height).toBe(element(scene, 'vpc-shop').y + element(scene, 'vpc-shop').height - 8)
  })

  it('decides from the rows of the Region when consumer and provider share it', async () => {
    const resources = [
      { kind: 'account', id: 'acc', name: 'a', accountId: '111111111111' },
      ...['vpc-a', 'vpc-b', 'vpc-c', 'vpc-d', 'vpc-e'].flatMap((id, i) => vpcResources(id, 'acc', 'eu-west-1', i + 1)),
      { kind: 'loadBalancer', id: 'nlb', name: 'nlb', vpc: 'vpc-e', type: 'network', scheme: 'internal', subnets: ['vpc-e-priv-a'] },
      { kind: 'endpointService', id: 'svc', name: 'svc', loadBalancers: ['nlb'] },
      { kind: 'interfaceEndpoint', id: 'ep', name: 'ep', vpc: 'vpc-a', endpointType: 'interface', endpointService: 'svc', subnets: ['vpc-a-priv-a'] },
    ] as Parameters<typeof project>[0]
    const scene = await layoutProject(project(resources))
    expect(sceneProblems(scene)).toEqual([])
    const a = element(scene, 'vpc-a')
    const e = element(scene, 'vpc-e')
    // Five VPCs in rows of three: the provider sits in the row below the consumer.
    expect(e.y).toBeGreaterThan(a.y + a.height)
    expect(element(scene, 'svc').y).toBe(e.y + 8)
    expect(element(scene, 'ep').y + element(scene, 'ep').height).toBe(a.y + a.height - 8)
    expect(bends(scene.edges.find((x) => x.id === 'privatelink:ep')!.points)).toBeLessThanOrEqual(2)
  })

  it('keys the VPC cache on the side decision: a warm cache gives the same Scene as a cold one', async () => {
    const cache = new LayoutCache()
    await layoutProject(example('privatelink'), { cache })
    const warm = JSON.stringify(await layoutProject(providerFirst(), { cache }))
    expect(warm).toBe(JSON.stringify(await layoutProject(providerFirst())))
    expect(JSON.stringify(await layoutProject(example('privatelink'), { cache }))).toBe(JSON.stringify(await layoutProject(example('privatelink'))))
  })
})
