import type { Resource, ResourceOf } from '../model/kinds'
import { type Addr, type Holder, addrText } from './addresses'
import type { ReachabilityContext } from './context'
import type { Hop, HopDecision } from './types'

/** The packet as it is now: NAT rewrites `src`. `service` marks a flow to an AWS service's address range. */
export interface Packet {
  src: Addr
  dst: Addr
  service?: string
}

/** A subnet boundary the packet crosses; the NACL of that subnet filters it. */
export interface Crossing {
  readonly subnet: ResourceOf<'subnet'>
  readonly rules: 'in' | 'out'
  /** The far end's address as the subnet sees it (after NAT). */
  readonly remote: Addr
}

export type Terminal =
  | { readonly type: 'holder'; readonly holder: Holder }
  /** Left through `via` (IGW or egress-only IGW); the reply comes back through it. */
  | { readonly type: 'internet'; readonly via: ResourceOf<'internetGateway'> | ResourceOf<'egressOnlyInternetGateway'> }
  | { readonly type: 'onPrem'; readonly network?: ResourceOf<'onPremNetwork'> }
  | { readonly type: 'service'; readonly service: string; readonly via: ResourceOf<'gatewayEndpoint'> }

/** How the packet came into the VPC whose table is being read; decides what it may do next. */
export type Arrival = 'origin' | 'peering' | 'tgw' | 'vgw' | 'igw'

export interface LegFailure {
  readonly reason: string
  readonly ruleId?: string
  readonly fix?: string
}

type MutableHop = { -readonly [K in keyof Hop]: Hop[K] }

const MAX_HOPS = 64

/**
 * One direction of a flow being followed: the hops so far, what was crossed, and how it ended.
 * Walk functions append hops and either hand the packet on or end the leg with `fail`/`arrive`.
 */
export class Leg {
  readonly hops: MutableHop[] = []
  readonly crossings: Crossing[] = []
  /** Stateful devices passed (NAT gateways, appliances): a reply must pass them too. */
  readonly stateful: Resource[] = []
  /** NAT gateways that rewrote the source, in order. */
  readonly nats: Holder[] = []
  failure?: LegFailure
  terminal?: Terminal
  private readonly seen: string[] = []
  private rewrites = 0

  /** The first route table the leg used and its VPC: fixes for traffic that went astray point there. */
  origin?: { readonly vpc: ResourceOf<'vpc'>; readonly table: ResourceOf<'routeTable'> }
  /** The interface the leg left from, when it started at one. */
  startHolder?: Holder
  /** Set once any step asked whether this is a reply: then the same walk as a request may differ. */
  replySensitive = false

  constructor(
    readonly ctx: ReachabilityContext,
    readonly packet: Packet,
    private readonly isReply: boolean,
  ) {}

  /** A reply: stateful devices and gateways let it in because the flow was opened from inside. */
  get reply(): boolean {
    this.replySensitive = true
    return this.isReply
  }

  get done(): boolean {
    return this.failure !== undefined || this.terminal !== undefined
  }

  hop(resource: Resource, decision: HopDecision, extra?: { consulted?: string; matched?: string; note?: string }): MutableHop {
    const h: MutableHop = { id: resource.id, kind: resource.kind, name: this.ctx.label(resource), decision }
    if (resource.externalId !== undefined) h.externalId = resource.externalId
    if (extra?.consulted !== undefined) h.consulted = extra.consulted
    if (extra?.matched !== undefined) h.matched = extra.matched
    if (extra?.note !== undefined) h.note = extra.note
    this.hops.push(h)
    return h
  }

  outside(id: string, kind: string, name: string, decision: HopDecision, note?: string): MutableHop {
    const h: MutableHop = { id, kind, name, decision }
    if (note !== undefined) h.note = note
    this.hops.push(h)
    return h
  }

  /** Ends the leg at the last hop, which becomes the dropping one. */
  fail(reason: string, ruleId?: string, fix?: string): void {
    const last = this.hops.at(-1)
    if (last) last.decision = 'drop'
    this.failure = { reason, ...(ruleId !== undefined && { ruleId }), ...(fix !== undefined && { fix }) }
  }

  arrive(terminal: Terminal): void {
    const last = this.hops.at(-1)
    if (last) last.decision = 'accept'
    this.terminal = terminal
  }

  /** False (and the leg failed) when the packet is back where it was with the same addresses: a loop. */
  enter(place: string): boolean {
    // Addresses change only at NAT gateways (which bump `rewrites`), so place + rewrite count identifies a state.
    const key = this.rewrites === 0 ? place : `${this.rewrites}|${place}`
    if (this.seen.includes(key) || this.hops.length > MAX_HOPS) {
      this.fail(`routing loop: the packet returns to ${place} with the same source and destination`, undefined, 'change one route on the loop so it leads toward the destination')
      return false
    }
    this.seen.push(key)
    return true
  }

  /** Call when NAT rewrites an address of the packet. */
  rewrote(): void {
    this.rewrites++
  }

  get dstText(): string {
    return this.packet.service ?? addrText(this.packet.dst)
  }
}
