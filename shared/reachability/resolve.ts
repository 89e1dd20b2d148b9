import type { Resource } from '../model/kinds'
import { parseAddress } from '../net/cidr'
import type { ReachabilityContext } from './context'
import { ReachInputError } from './endpoints'
import type { Endpoint } from './types'

/** Kinds that can be a flow end, and what each becomes. */
const ENDPOINT_KINDS = new Set(['subnet', 'vpc', 'onPremNetwork', 'endpointService', 'workload', 'loadBalancer', 'interfaceEndpoint', 'natGateway'])

function endpointOf(r: Resource): Endpoint {
  switch (r.kind) {
    case 'subnet':
      return { type: 'subnet', subnet: r.id }
    case 'vpc':
      return { type: 'vpc', vpc: r.id }
    case 'onPremNetwork':
      return { type: 'onPrem', network: r.id }
    case 'endpointService':
      return { type: 'endpointService', endpointService: r.id }
    default:
      return { type: 'resource', resource: r.id }
  }
}

/**
 * Reads a query end as typed on the command line: `internet`, `s3`, `dynamodb`, an IP address, a
 * resource id, an AWS id (externalId of imported resources), a resource name, or an AWS service
 * name such as `com.amazonaws.eu-west-1.ssm`. Ids win over AWS ids, which win over names; a name
 * shared by several resources is refused with the candidates listed.
 */
export function resolveEndpoint(ctx: ReachabilityContext, text: string): Endpoint {
  const t = text.trim()
  if (t === 'internet') return { type: 'internet' }
  if (t === 's3' || t === 'dynamodb') return { type: 'service', service: t }
  if (parseAddress(t)) return { type: 'address', address: t }
  const byId = ctx.index.get(t)
  if (byId) return checked(byId)
  const all = ctx.index.project.resources.filter((r) => ENDPOINT_KINDS.has(r.kind))
  const byExternal = all.filter((r) => r.externalId === t)
  if (byExternal.length === 1) return checked(byExternal[0])
  const byName = all.filter((r) => r.name === t)
  const candidates = byName.length > 0 ? byName : all.filter((r) => r.name.toLowerCase() === t.toLowerCase())
  if (candidates.length === 1) return checked(candidates[0])
  if (candidates.length > 1 || byExternal.length > 1) {
    const list = (candidates.length > 1 ? candidates : byExternal).map((r) => `${r.id} (${r.kind})`).join(', ')
    throw new ReachInputError(`"${t}" names several resources: ${list}; use an id`)
  }
  if (/^(com|aws)\.amazonaws\.[a-z0-9.-]+$/.test(t)) return { type: 'service', service: t }
  throw new ReachInputError(`no resource with id, AWS id or name "${t}" (also accepted: an IP address, internet, s3, dynamodb, an AWS service name)`)
}

function checked(r: Resource): Endpoint {
  if (!ENDPOINT_KINDS.has(r.kind)) {
    throw new ReachInputError(`${r.id} is a ${r.kind}; a flow starts or ends at a subnet, VPC, workload, load balancer, interface endpoint, NAT gateway, endpoint service or on-premises network`)
  }
  return endpointOf(r)
}
