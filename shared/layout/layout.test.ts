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
