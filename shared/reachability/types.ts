/**
 * The reachability question and its answer. Plain data: the CLI prints an answer as JSON, so the
 * shapes here are the documented `netdraft reach --json` contract (docs/reachability.md).
 */

/** One end of a flow. */
export type Endpoint =
  /** A host in the subnet (a workload of it when it has one, else a representative address). */
  | { readonly type: 'subnet'; readonly subnet: string }
  /** Anything with a network interface: workload, load balancer, interface endpoint, NAT gateway. */
  | { readonly type: 'resource'; readonly resource: string }
  /** A VPC, through its representative subnet (see `representativeSubnet`). */
  | { readonly type: 'vpc'; readonly vpc: string }
  /** An IPv4 or IPv6 address inside a subnet, an on-premises network or the internet. */
  | { readonly type: 'address'; readonly address: string }
  | { readonly type: 'onPrem'; readonly network: string }
  | { readonly type: 'internet' }
  /** An AWS service: `s3`, `dynamodb`, or an interface-endpoint service name (com.amazonaws.eu-west-1.ssm). */
  | { readonly type: 'service'; readonly service: string }
  /** A PrivateLink endpoint service of the design, reached through the consumer's interface endpoint. */
  | { readonly type: 'endpointService'; readonly endpointService: string }

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | '-1'

export interface ReachQuery {
  readonly from: Endpoint
  readonly to: Endpoint
  /** Default: any protocol. */
  readonly protocol?: Protocol
  /** Destination port (tcp/udp); default: any port. */
  readonly port?: number
  /** Address family when neither end is an address; default 4. */
  readonly family?: 4 | 6
}

export type HopDecision = 'forward' | 'accept' | 'drop'

/** Pseudo-kinds for places outside the design's resources. */
export type OutsideKind = 'internet' | 'awsService' | 'host'

export interface Hop {
  /** Resource id, or `internet`, or the service name for an AWS service. */
  readonly id: string
  readonly externalId?: string
  /** Resource kind (`subnet`, `vpc`, `transitGateway`…) or an outside kind. */
  readonly kind: string
  readonly name: string
  /** The table or rule set looked up here, e.g. `route table rtb-a (a-private)`. */
  readonly consulted?: string
  /** The entry that decided, e.g. `10.2.0.0/16 → pcx-ab`. */
  readonly matched?: string
  readonly decision: HopDecision
  /** Extra fact worth reading (address rewritten by NAT, hypothetical host…). */
  readonly note?: string
}

export interface Failure {
  /** Which leg failed first. */
  readonly direction: 'forward' | 'return' | 'security'
  /** The hop where it failed (the last hop of that leg). */
  readonly hop: Hop
  readonly reason: string
  /** Validation rule id of the catalogue this failure is an instance of, when one applies. */
  readonly ruleId?: string
  /** A concrete change that would fix it. */
  readonly fix?: string
}

export type FilterDecision = 'allow' | 'partial' | 'deny'

/** One security group or network ACL evaluation on the path. */
export interface SecurityCheck {
  readonly layer: 'networkAcl' | 'securityGroup'
  readonly direction: 'forward' | 'return'
  /** `in` = inbound rules, `out` = outbound rules. */
  readonly rules: 'in' | 'out'
  /** The subnet (NACL) or the network interface owner (SG). */
  readonly at: string
  /** The NACL id, or the security group ids unioned on the interface. */
  readonly filters: readonly string[]
  readonly decision: FilterDecision
  /** Rule that decided (`rule 100 allow tcp 443 10.0.0.0/8`), or what part of the flow is allowed. */
  readonly detail: string
}

export interface SecurityResult {
  /** `unchecked`: the design has no NACL or security group on this path. */
  readonly status: 'allowed' | 'partial' | 'blocked' | 'unchecked'
  readonly checks: readonly SecurityCheck[]
  /** Interfaces or subnets on the path the design gives no filter for. */
  readonly unchecked: readonly string[]
}

export interface ReachAnswer {
  readonly reachable: boolean
  readonly from: string
  readonly to: string
  readonly protocol: Protocol
  readonly port?: number
  readonly forward: readonly Hop[]
  readonly return: readonly Hop[]
  readonly failure?: Failure
  readonly security: SecurityResult
}
