import type { ReachabilityContext } from './context'
import { answerFor, walkForward } from './analyze'
import { locate, representativeSubnet } from './endpoints'
import type { Protocol, ReachAnswer, ReachQuery } from './types'

function cellOf(a: ReachAnswer): MatrixCell {
  if (a.reachable) return { reachable: true }
  return { reachable: false, reason: a.failure!.reason, ...(a.failure!.ruleId !== undefined && { ruleId: a.failure!.ruleId }) }
}

export interface MatrixCell {
  readonly reachable: boolean
  /** Why not, as the catalogue rule id (when one applies) and a sentence. */
  readonly ruleId?: string
  readonly reason?: string
}

export interface ReachMatrix {
  /** Rows and columns, in file order; `subnet` is the representative subnet used (none: VPC without subnets). */
  readonly vpcs: readonly { readonly id: string; readonly name: string; readonly externalId?: string; readonly subnet?: string }[]
  /** `cells[i][j]`: from vpcs[i] to vpcs[j]. */
  readonly cells: readonly (readonly MatrixCell[])[]
}

/**
 * VPC-to-VPC reachability for reviews: for every ordered pair, the full analysis (forward path,
 * reply, filters) from the source VPC's representative subnet to the destination VPC's (see
 * `representativeSubnet`). A VPC reaches itself. The context's indexes are shared by all pairs.
 */
export function reachabilityMatrix(ctx: ReachabilityContext, options: { vpcs?: readonly string[]; protocol?: Protocol; port?: number } = {}): ReachMatrix {
  const all = ctx.index.all('vpc')
  const chosen = options.vpcs ? all.filter((v) => options.vpcs!.includes(v.id)) : all
  const vpcs = chosen.map((v) => {
    const s = representativeSubnet(ctx, v.id)
    return { id: v.id, name: v.name, ...(v.externalId !== undefined && { externalId: v.externalId }), ...(s && { subnet: s.id }) }
  })
  const query: ReachQuery = { from: { type: 'internet' }, to: { type: 'internet' }, ...(options.protocol !== undefined && { protocol: options.protocol }), ...(options.port !== undefined && { port: options.port }) }
  const sides = vpcs.map((v) => (v.subnet ? locate(ctx, { type: 'subnet', subnet: v.subnet }, 4) : undefined))
  const cells: MatrixCell[][] = vpcs.map(() => [])
  // Each unordered pair is walked once per direction; each walk is one answer's forward leg and the other's reply.
  for (let i = 0; i < vpcs.length; i++) {
    cells[i][i] = { reachable: true }
    for (let j = i + 1; j < vpcs.length; j++) {
      const [a, b] = [sides[i], sides[j]]
      if (!a || !b) {
        const missing = `${a ? vpcs[j].id : vpcs[i].id} has no subnet`
        cells[i][j] = cells[j][i] = { reachable: false, reason: missing }
        continue
      }
      const ab = walkForward(ctx, a, b)
      const ba = walkForward(ctx, b, a)
      cells[i][j] = cellOf(answerFor(ctx, query, a, b, ab, ba))
      cells[j][i] = cellOf(answerFor(ctx, query, b, a, ba, ab))
    }
  }
  return { vpcs, cells }
}
