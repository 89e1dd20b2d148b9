import { AssembleMemo } from './assemble'
import type { LevelResult } from './elk-level'
import type { VpcLayout } from './vpc-interior'
import { VpcSpecMemo } from './vpc-spec'

export interface LayoutCacheStats {
  /** ELK runs in the last layout (one per root, account or region box that had to be laid out again). */
  elkCalls: number
  vpcHits: number
  vpcMisses: number
  levelHits: number
  levelMisses: number
}

/**
 * Sub-problem results of earlier layouts, keyed by their content: the canonical JSON of a VPC's
 * interior spec or of one level's ELK problem (child sizes and ports, edges, pins). An edit inside
 * one VPC changes that VPC's key, and its region's key only if the VPC's size or ports changed, so
 * everything else is reused. The caller keeps one cache per open document; entries not used by the
 * latest layout are dropped, so it never holds more than one diagram's worth.
 */
export class LayoutCache {
  private vpcs = new Map<string, VpcLayout>()
  private levels = new Map<string, LevelResult>()
  private usedVpcs = new Map<string, VpcLayout>()
  private usedLevels = new Map<string, LevelResult>()
  stats: LayoutCacheStats = emptyStats()
  /** Scene objects of the last layout, reused where nothing they depend on changed. */
  readonly assembled = new AssembleMemo()
  readonly vpcSpecs = new VpcSpecMemo()
  private readonly keys = new WeakMap<object, string>()

  beginRun(): void {
    this.stats = emptyStats()
    this.usedVpcs = new Map()
    this.usedLevels = new Map()
  }

  endRun(): void {
    this.vpcs = this.usedVpcs
    this.levels = this.usedLevels
    this.vpcSpecs.rotate()
  }

  /** The canonical JSON of a sub-problem, computed once per (immutable) object. */
  keyOf(value: object): string {
    let key = this.keys.get(value)
    if (key === undefined) this.keys.set(value, (key = JSON.stringify(value)))
    return key
  }

  vpc(key: string, compute: () => VpcLayout): VpcLayout {
    let value = this.usedVpcs.get(key) ?? this.vpcs.get(key)
    if (value) this.stats.vpcHits++
    else {
      this.stats.vpcMisses++
      value = compute()
    }
    this.usedVpcs.set(key, value)
    return value
  }

  async level(key: string, compute: () => Promise<LevelResult>): Promise<LevelResult> {
    let value = this.usedLevels.get(key) ?? this.levels.get(key)
    if (value) this.stats.levelHits++
    else {
      this.stats.levelMisses++
      value = await compute()
    }
    this.usedLevels.set(key, value)
    return value
  }
}

function emptyStats(): LayoutCacheStats {
  return { elkCalls: 0, vpcHits: 0, vpcMisses: 0, levelHits: 0, levelMisses: 0 }
}
