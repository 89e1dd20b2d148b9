import type { Resource } from '../../../shared/model'

/** A valid first value for a new row of a list field, so a half-filled row never enters the document. */
export function newRow(resource: Resource, field: string): Record<string, unknown> | string | null {
  const list = (resource as unknown as Record<string, unknown[]>)[field] ?? []
  switch (`${resource.kind}.${field}`) {
    case 'routeTable.routes':
      return { destination: '0.0.0.0/0', target: 'local' }
    case 'tgwRouteTable.routes':
      return { destination: '0.0.0.0/0', target: 'blackhole' }
    case 'securityGroup.ingress':
      return { protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/8' }
    case 'securityGroup.egress':
      return { protocol: '-1', cidr: '0.0.0.0/0' }
    case 'networkAcl.ingress':
    case 'networkAcl.egress': {
      const numbers = (list as { ruleNumber: number }[]).map((r) => r.ruleNumber)
      return { ruleNumber: Math.min(32766, (numbers.length ? Math.max(...numbers) : 0) + 10), action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }
    }
    case 'vpc.secondaryCidrs':
      return '100.64.0.0/16'
    case 'onPremNetwork.cidrs':
      return '172.16.0.0/16'
    case 'vpnConnection.staticRoutes':
    case 'dxGateway.allowedPrefixes':
    case 'prefixList.entries':
      return '192.168.0.0/24'
    case 'endpointService.allowedPrincipals':
      return 'arn:aws:iam::123456789012:root'
    case 'loadBalancer.listenerPorts':
      return null
    default:
      return null
  }
}
