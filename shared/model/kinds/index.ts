import { z } from 'zod'
import type { KindDef, RefSite } from '../define-kind'
import { accountKind } from './account'
import { customerGatewayKind } from './customer-gateway'
import { dxGatewayKind } from './dx-gateway'
import { egressOnlyInternetGatewayKind } from './egress-only-internet-gateway'
import { endpointServiceKind } from './endpoint-service'
import { gatewayEndpointKind } from './gateway-endpoint'
import { interfaceEndpointKind } from './interface-endpoint'
import { internetGatewayKind } from './internet-gateway'
import { loadBalancerKind } from './load-balancer'
import { natGatewayKind } from './nat-gateway'
import { networkAclKind } from './network-acl'
import { onPremNetworkKind } from './on-prem-network'
import { peeringConnectionKind } from './peering-connection'
import { prefixListKind } from './prefix-list'
import { routeTableKind } from './route-table'
import { securityGroupKind } from './security-group'
import { subnetKind } from './subnet'
import { tgwDxAttachmentKind } from './tgw-dx-attachment'
import { tgwPeeringAttachmentKind } from './tgw-peering-attachment'
import { tgwRouteTableKind } from './tgw-route-table'
import { tgwVpcAttachmentKind } from './tgw-vpc-attachment'
import { tgwVpnAttachmentKind } from './tgw-vpn-attachment'
import { transitGatewayKind } from './transit-gateway'
import { vpcKind } from './vpc'
import { vpnConnectionKind } from './vpn-connection'
import { vpnGatewayKind } from './vpn-gateway'
import { workloadKind } from './workload'

/**
 * Every resource kind, in the order files list them (containers before contents, so a saved file
 * reads top-down). Adding a kind: its file in this folder, one line here.
 */
export const kinds = {
  account: accountKind,
  onPremNetwork: onPremNetworkKind,
  prefixList: prefixListKind,
  vpc: vpcKind,
  subnet: subnetKind,
  routeTable: routeTableKind,
  networkAcl: networkAclKind,
  securityGroup: securityGroupKind,
  internetGateway: internetGatewayKind,
  egressOnlyInternetGateway: egressOnlyInternetGatewayKind,
  natGateway: natGatewayKind,
  vpnGateway: vpnGatewayKind,
  customerGateway: customerGatewayKind,
  vpnConnection: vpnConnectionKind,
  dxGateway: dxGatewayKind,
  peeringConnection: peeringConnectionKind,
  transitGateway: transitGatewayKind,
  tgwRouteTable: tgwRouteTableKind,
  tgwVpcAttachment: tgwVpcAttachmentKind,
  tgwPeeringAttachment: tgwPeeringAttachmentKind,
  tgwVpnAttachment: tgwVpnAttachmentKind,
  tgwDxAttachment: tgwDxAttachmentKind,
  gatewayEndpoint: gatewayEndpointKind,
  interfaceEndpoint: interfaceEndpointKind,
  loadBalancer: loadBalancerKind,
  endpointService: endpointServiceKind,
  workload: workloadKind,
} as const satisfies { [K in string]: KindDef<K, z.ZodType<{ kind: K; id: string; name: string }>> }

export type Kind = keyof typeof kinds
export const kindNames = Object.keys(kinds) as Kind[]

/** A resource of one kind, e.g. `ResourceOf<'vpc'>`. */
export type ResourceOf<K extends Kind> = z.output<(typeof kinds)[K]['schema']>
export type Resource = { [K in Kind]: ResourceOf<K> }[Kind]
/** What a file may hold before defaults are applied. */
export type ResourceInput = { [K in Kind]: z.input<(typeof kinds)[K]['schema']> }[Kind]

/** Any resource, told apart by `kind`. Typed by hand: a union built from the registry loses the member types. */
export const resourceSchema = z.discriminatedUnion(
  'kind',
  kindNames.map((k) => kinds[k].schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<Resource, ResourceInput>

export function isKind(value: string): value is Kind {
  return Object.hasOwn(kinds, value)
}

export function kindDef<K extends Kind>(kind: K): (typeof kinds)[K] {
  return kinds[kind]
}

/** The display label of any resource. */
export function labelOf(resource: Resource): string {
  return (kinds[resource.kind].label as (r: Resource) => string)(resource)
}

/** Every reference a resource holds. */
export function refsOf(resource: Resource): RefSite[] {
  return (kinds[resource.kind].refs as (r: Resource) => RefSite[])(resource)
}

export * from './account'
export * from './customer-gateway'
export * from './dx-gateway'
export * from './egress-only-internet-gateway'
export * from './endpoint-service'
export * from './gateway-endpoint'
export * from './interface-endpoint'
export * from './internet-gateway'
export * from './load-balancer'
export * from './nat-gateway'
export * from './network-acl'
export * from './on-prem-network'
export * from './peering-connection'
export * from './prefix-list'
export * from './route-table'
export * from './security-group'
export * from './subnet'
export * from './tgw-dx-attachment'
export * from './tgw-peering-attachment'
export * from './tgw-route-table'
export * from './tgw-vpc-attachment'
export * from './tgw-vpn-attachment'
export * from './transit-gateway'
export * from './vpc'
export * from './vpn-connection'
export * from './vpn-gateway'
export * from './workload'
