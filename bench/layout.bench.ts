import { LayoutCache, layoutProject } from '../shared/layout'
import type { Project } from '../shared/model'
import type { BenchHarness } from './harness'

/**
 * Issue 6 targets at 500 VPCs: cold layout under 2 s, re-layout after a one-subnet edit under
 * 200 ms, peak memory under 500 MB. Each "edit" run changes a different subnet, so every run is a
 * real edit against a warm cache, as in the editor.
 */
export default async function bench(h: BenchHarness) {
  for (const vpcs of [50, 500, 2000]) {
    const design = h.design(vpcs)
    const runs = vpcs >= 2000 ? 3 : 5
    await h.memory(`${vpcs} VPCs: first layout in the process (peak memory)`, () => layoutProject(design))
    await h.time(`${vpcs} VPCs: cold layout (empty cache)`, () => layoutProject(design, { cache: new LayoutCache() }), runs)

    const subnets = design.resources.filter((r) => r.kind === 'subnet')
    const cache = new LayoutCache()
    await layoutProject(design, { cache })
    let edit = 0
    const rename = (suffix: string) => () => {
      const target = subnets[edit++ % subnets.length]!
      return layoutProject(withSubnetName(design, target.id, `${target.name}${suffix}`), { cache })
    }
    await h.time(`${vpcs} VPCs: re-layout after renaming one subnet`, rename('-x'), runs)
    h.print(`${vpcs} VPCs: cache after that edit`, describe(cache))
    await h.time(`${vpcs} VPCs: re-layout after an edit that widens one VPC`, rename('-with-a-much-longer-name'), runs)
    h.print(`${vpcs} VPCs: cache after that edit`, describe(cache))
  }
}

function withSubnetName(design: Project, id: string, name: string): Project {
  return { ...design, resources: design.resources.map((r) => (r.id === id ? { ...r, name } : r)) }
}

function describe(cache: LayoutCache): string {
  const s = cache.stats
  return `VPCs re-laid ${s.vpcMisses}/${s.vpcMisses + s.vpcHits}, levels re-laid ${s.levelMisses}/${s.levelMisses + s.levelHits}, ELK calls ${s.elkCalls}`
}
