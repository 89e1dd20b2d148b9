import { CidrIndex } from '../net/cidr-index'
import type { ProjectIndex } from '../model/project-index'
import { vpcIpv4Cidrs } from '../model/kinds'

/**
 * Indexes several rules need, built once per validation run and only when first asked for.
 * Add one here (a lazy getter) rather than rebuilding it inside a rule.
 */
export class ValidationIndexes {
  private cache = new Map<string, unknown>()
  constructor(readonly index: ProjectIndex) {}

  private memo<T>(key: string, build: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, build())
    return this.cache.get(key) as T
  }

  /** Every VPC block (IPv4 and IPv6), valued by the VPC id. */
  get vpcCidrs(): CidrIndex<string> {
    return this.memo('vpcCidrs', () => {
      const idx = new CidrIndex<string>()
      for (const vpc of this.index.all('vpc')) {
        for (const c of [...vpcIpv4Cidrs(vpc), ...vpc.ipv6Cidrs]) idx.add(c, vpc.id)
      }
      return idx
    })
  }
}
