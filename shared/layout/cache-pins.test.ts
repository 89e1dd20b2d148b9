import { describe, expect, it } from 'vitest'
import { generateDesign } from '../../scripts/generator/generate'
import type { Project } from '../model/project'
import { LayoutCache, layoutProject, rectsOverlap, type Scene } from './index'
import { project, smallDesign } from './test-helpers/designs'
import { sceneProblems } from './test-helpers/scene-checks'

const element = (scene: Scene, id: string) => scene.elements.find((x) => x.id === id)!

function renameSubnet(design: Project, id: string, name: string): Project {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? { ...r, name } : r)) }
}

describe('layout of a generated 50-VPC design', () => {
  const design = generateDesign({ vpcs: 50, seed: 1 })

  it('satisfies every geometric invariant', async () => {
    const scene = await layoutProject(design)
    expect(sceneProblems(scene)).toEqual([])
    expect(scene.elements.filter((e) => e.kind === 'vpc')).toHaveLength(50)
  })

  it('re-lays only the edited VPC when a subnet changes and the VPC keeps its size', async () => {
    const cache = new LayoutCache()
    await layoutProject(design, { cache })
    expect(cache.stats.vpcMisses).toBe(50)
    const subnet = design.resources.find((r) => r.kind === 'subnet')!
    const scene = await layoutProject(renameSubnet(design, subnet.id, 'x'), { cache })
    expect(cache.stats).toMatchObject({ vpcMisses: 1, vpcHits: 49, levelMisses: 0, elkCalls: 0 })
    expect(element(scene, subnet.id).label[0]).toBe('x')
  })

  it('re-lays the edited VPC and its ancestors only when the VPC changes size', async () => {
    const cache = new LayoutCache()
    const before = await layoutProject(design, { cache })
    const subnet = design.resources.find((r) => r.kind === 'subnet')!
    const after = await layoutProject(renameSubnet(design, subnet.id, 'a-much-longer-subnet-name-that-widens-its-column'), { cache })
    // The VPC, its region, its account and the root: three levels, one of them (the root) by ELK.
    expect(cache.stats).toMatchObject({ vpcMisses: 1, levelMisses: 3, elkCalls: 1 })
    const vpc = design.resources.find((r) => r.id === (subnet as { vpc: string }).vpc)!
    expect(element(after, vpc.id).width).toBeGreaterThan(element(before, vpc.id).width)
    expect(sceneProblems(after)).toEqual([])
  })
})

describe('cache invalidation', () => {
  it('sees a route table edit that makes a subnet public, though the subnet itself is unchanged', async () => {
    const design = smallDesign()
    const cache = new LayoutCache()
    expect(element(await layoutProject(design, { cache }), 'vpc-a-priv-a').styleKey).toBe('subnetPrivate')
    const edited = {
      ...design,
      resources: design.resources.map((r) =>
        r.id === 'vpc-a-main' && r.kind === 'routeTable' ? { ...r, routes: [{ destination: '0.0.0.0/0', target: 'vpc-a-igw' }] } : r,
      ),
    }
    const scene = await layoutProject(edited, { cache })
    expect(element(scene, 'vpc-a-priv-a').styleKey).toBe('subnetPublic')
    expect(cache.stats.vpcMisses).toBe(1)
    expect(JSON.stringify(scene)).toBe(JSON.stringify(await layoutProject(edited)))
  })

  it('gives the same Scene as a cold layout after a chain of edits', async () => {
    const cache = new LayoutCache()
    let design = smallDesign()
    for (const [id, name] of [
      ['vpc-a-pub-a', 'renamed'],
      ['vpc-b-priv-b', 'a-name-long-enough-to-widen-the-vpc-column'],
      ['vpc-a-pub-a', 'vpc-a-pub-a'],
    ]) {
      design = renameSubnet(design, id!, name!)
      const warm = await layoutProject(design, { cache, diagnostics: [{ resourceId: id!, severity: 'warning' }] })
      const cold = await layoutProject(design, { diagnostics: [{ resourceId: id!, severity: 'warning' }] })
      expect(JSON.stringify(warm)).toBe(JSON.stringify(cold))
    }
  })
})

describe('pins', () => {
  it('keep a pinned VPC at its pinned position relative to its region, and the rest clear of it', async () => {
    const base = smallDesign()
    const free = await layoutProject(base)
    const region = element(free, 'region:acc-app:eu-west-1')
    const pinned = await layoutProject(project(base.resources, { 'vpc-b': { x: 40, y: 700 } }))
    const regionAfter = element(pinned, 'region:acc-app:eu-west-1')
    const vpc = element(pinned, 'vpc-b')
    expect(vpc.x - regionAfter.x).toBe(40)
    expect(vpc.y - regionAfter.y).toBe(700)
    expect(regionAfter.height).toBeGreaterThan(region.height)
    expect(sceneProblems(pinned)).toEqual([])
  })

  it('move unpinned siblings out of the way of a pinned box', async () => {
    const base = smallDesign()
    const free = await layoutProject(base)
    const a = element(free, 'vpc-a')
    const region = element(free, 'region:acc-app:eu-west-1')
    // Pin vpc-b exactly where vpc-a was laid out.
    const pins = { 'vpc-b': { x: a.x - region.x, y: a.y - region.y } }
    const scene = await layoutProject(project(base.resources, pins))
    expect(rectsOverlap(element(scene, 'vpc-a'), element(scene, 'vpc-b'))).toBe(false)
    expect(sceneProblems(scene)).toEqual([])
  })

  it('are ignored when the caller passes none (re-layout)', async () => {
    const base = smallDesign()
    const withPins = project(base.resources, { 'vpc-b': { x: 40, y: 700 } })
    const relaid = await layoutProject(withPins, { pins: {} })
    expect(JSON.stringify(relaid)).toBe(JSON.stringify(await layoutProject(base)))
  })

  it('pin top-level boxes in absolute coordinates, at ELK-laid levels too', async () => {
    const scene = await layoutProject(project(smallDesign().resources, { dc: { x: 900, y: 30 } }))
    expect(element(scene, 'dc')).toMatchObject({ x: 900, y: 30 })
    expect(sceneProblems(scene)).toEqual([])
  })
})
