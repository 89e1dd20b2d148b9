import type { RuleRegistry } from '../rule'
import costGatewayEndpointMissing from './cost-gateway-endpoint-missing'
import dxgwAssociationRules from './dxgw-association-rules'
import dxgwNoVpcToVpc from './dxgw-no-vpc-to-vpc'
import dxgwQuotas from './dxgw-quotas'
import dxgwVpcOverlap from './dxgw-vpc-overlap'
import eigwIpv6Only from './eigw-ipv6-only'
import filterQuotas from './filter-quotas'
import igwOnePerVpc from './igw-one-per-vpc'
import igwPublicAddress from './igw-public-address'
import naclAssociation from './nacl-association'
import naclSemantics from './nacl-semantics'
import natgwAzAffinity from './natgw-az-affinity'
import natgwFamily from './natgw-family'
import natgwNoEdgeIngress from './natgw-no-edge-ingress'
import natgwPerAzCost from './natgw-per-az-cost'
import natgwPrivate from './natgw-private'
import natgwPublicPlacement from './natgw-public-placement'
import natgwQuotas from './natgw-quotas'
import peeringCidrOverlap from './peering-cidr-overlap'
import peeringDuplicate from './peering-duplicate'
import peeringEdgeToEdge from './peering-edge-to-edge'
import peeringInterRegionSg from './peering-inter-region-sg'
import peeringMeshScale from './peering-mesh-scale'
import peeringMtu from './peering-mtu'
import peeringNotTransitive from './peering-not-transitive'
import peeringOverlappingPeers from './peering-overlapping-peers'
import peeringQuotas from './peering-quotas'
import peeringRoutesBothSides from './peering-routes-both-sides'
import plAzMatch from './pl-az-match'
import plCrossRegion from './pl-cross-region'
import plOverlapAllowed from './pl-overlap-allowed'
import plPermissionsAcceptance from './pl-permissions-acceptance'
import plServiceLoadBalancer from './pl-service-load-balancer'
import rtAssociation from './rt-association'
import rtBlackhole from './rt-blackhole'
import rtDuplicateDestination from './rt-duplicate-destination'
import rtGatewayEdge from './rt-gateway-edge'
import rtIpv6DefaultMissing from './rt-ipv6-default-missing'
import rtLocalRoute from './rt-local-route'
import rtMiddleboxForwarding from './rt-middlebox-forwarding'
import rtMoreSpecificThanLocal from './rt-more-specific-than-local'
import rtPrefixList from './rt-prefix-list'
import rtQuotas from './rt-quotas'
import rtReservedDestination from './rt-reserved-destination'
import rtRoutePriority from './rt-route-priority'
import rtTargetSameVpc from './rt-target-same-vpc'
import sgReferenceScope from './sg-reference-scope'
import sgSemantics from './sg-semantics'
import subnetInVpcCidr from './subnet-in-vpc-cidr'
import subnetOneAz from './subnet-one-az'
import subnetOverlap from './subnet-overlap'
import subnetReservedIp from './subnet-reserved-ip'
import subnetSize from './subnet-size'
import tgwApplianceMode from './tgw-appliance-mode'
import tgwAttachmentValidity from './tgw-attachment-validity'
import tgwAzCoverage from './tgw-az-coverage'
import tgwMtu from './tgw-mtu'
import tgwOverlappingVpcs from './tgw-overlapping-vpcs'
import tgwPeering from './tgw-peering'
import tgwQuotas from './tgw-quotas'
import tgwRouteEvaluation from './tgw-route-evaluation'
import tgwRtAssociation from './tgw-rt-association'
import tgwSgReferencing from './tgw-sg-referencing'
import tgwStaticRoute from './tgw-static-route'
import tgwVpcRoute from './tgw-vpc-route'
import vgwNoTransit from './vgw-no-transit'
import vgwOnePerVpc from './vgw-one-per-vpc'
import vgwRouting from './vgw-routing'
import vpcCidrAdvisoryRange from './vpc-cidr-advisory-range'
import vpcCidrIpv4Size from './vpc-cidr-ipv4-size'
import vpcCidrLinkLocal from './vpc-cidr-link-local'
import vpcCidrNotCanonical from './vpc-cidr-not-canonical'
import vpcCidrSecondaryRange from './vpc-cidr-secondary-range'
import vpcCidrSecondaryVsRoutes from './vpc-cidr-secondary-vs-routes'
import vpcCidrSelfOverlap from './vpc-cidr-self-overlap'
import vpcIpv6Cidr from './vpc-ipv6-cidr'
import vpcQuotas from './vpc-quotas'
import vpceGatewayNotTransitive from './vpce-gateway-not-transitive'
import vpceGatewayRoutes from './vpce-gateway-routes'
import vpceGatewayService from './vpce-gateway-service'
import vpceGwlbEndpoint from './vpce-gwlb-endpoint'
import vpceInterfacePrivateDns from './vpce-interface-private-dns'
import vpceInterfaceSg from './vpce-interface-sg'
import vpceInterfaceSubnets from './vpce-interface-subnets'
import vpceQuotas from './vpce-quotas'
import vpnQuotas from './vpn-quotas'

/**
 * Every rule, by id, in alphabetical order. Adding a rule: rules/<id>.ts, rules/<id>.test.ts,
 * docs/rules/<id>.md, and one line here (completeness.test.ts checks all four).
 */
export const rules = {
  'cost-gateway-endpoint-missing': costGatewayEndpointMissing,
  'dxgw-association-rules': dxgwAssociationRules,
  'dxgw-no-vpc-to-vpc': dxgwNoVpcToVpc,
  'dxgw-quotas': dxgwQuotas,
  'dxgw-vpc-overlap': dxgwVpcOverlap,
  'eigw-ipv6-only': eigwIpv6Only,
  'filter-quotas': filterQuotas,
  'igw-one-per-vpc': igwOnePerVpc,
  'igw-public-address': igwPublicAddress,
  'nacl-association': naclAssociation,
  'nacl-semantics': naclSemantics,
  'natgw-az-affinity': natgwAzAffinity,
  'natgw-family': natgwFamily,
  'natgw-no-edge-ingress': natgwNoEdgeIngress,
  'natgw-per-az-cost': natgwPerAzCost,
  'natgw-private': natgwPrivate,
  'natgw-public-placement': natgwPublicPlacement,
  'natgw-quotas': natgwQuotas,
  'peering-cidr-overlap': peeringCidrOverlap,
  'peering-duplicate': peeringDuplicate,
  'peering-edge-to-edge': peeringEdgeToEdge,
  'peering-inter-region-sg': peeringInterRegionSg,
  'peering-mesh-scale': peeringMeshScale,
  'peering-mtu': peeringMtu,
  'peering-not-transitive': peeringNotTransitive,
  'peering-overlapping-peers': peeringOverlappingPeers,
  'peering-quotas': peeringQuotas,
  'peering-routes-both-sides': peeringRoutesBothSides,
  'pl-az-match': plAzMatch,
  'pl-cross-region': plCrossRegion,
  'pl-overlap-allowed': plOverlapAllowed,
  'pl-permissions-acceptance': plPermissionsAcceptance,
  'pl-service-load-balancer': plServiceLoadBalancer,
  'rt-association': rtAssociation,
  'rt-blackhole': rtBlackhole,
  'rt-duplicate-destination': rtDuplicateDestination,
  'rt-gateway-edge': rtGatewayEdge,
  'rt-ipv6-default-missing': rtIpv6DefaultMissing,
  'rt-local-route': rtLocalRoute,
  'rt-middlebox-forwarding': rtMiddleboxForwarding,
  'rt-more-specific-than-local': rtMoreSpecificThanLocal,
  'rt-prefix-list': rtPrefixList,
  'rt-quotas': rtQuotas,
  'rt-reserved-destination': rtReservedDestination,
  'rt-route-priority': rtRoutePriority,
  'rt-target-same-vpc': rtTargetSameVpc,
  'sg-reference-scope': sgReferenceScope,
  'sg-semantics': sgSemantics,
  'subnet-in-vpc-cidr': subnetInVpcCidr,
  'subnet-one-az': subnetOneAz,
  'subnet-overlap': subnetOverlap,
  'subnet-reserved-ip': subnetReservedIp,
  'subnet-size': subnetSize,
  'tgw-appliance-mode': tgwApplianceMode,
  'tgw-attachment-validity': tgwAttachmentValidity,
  'tgw-az-coverage': tgwAzCoverage,
  'tgw-mtu': tgwMtu,
  'tgw-overlapping-vpcs': tgwOverlappingVpcs,
  'tgw-peering': tgwPeering,
  'tgw-quotas': tgwQuotas,
  'tgw-route-evaluation': tgwRouteEvaluation,
  'tgw-rt-association': tgwRtAssociation,
  'tgw-sg-referencing': tgwSgReferencing,
  'tgw-static-route': tgwStaticRoute,
  'tgw-vpc-route': tgwVpcRoute,
  'vgw-no-transit': vgwNoTransit,
  'vgw-one-per-vpc': vgwOnePerVpc,
  'vgw-routing': vgwRouting,
  'vpc-cidr-advisory-range': vpcCidrAdvisoryRange,
  'vpc-cidr-ipv4-size': vpcCidrIpv4Size,
  'vpc-cidr-link-local': vpcCidrLinkLocal,
  'vpc-cidr-not-canonical': vpcCidrNotCanonical,
  'vpc-cidr-secondary-range': vpcCidrSecondaryRange,
  'vpc-cidr-secondary-vs-routes': vpcCidrSecondaryVsRoutes,
  'vpc-cidr-self-overlap': vpcCidrSelfOverlap,
  'vpc-ipv6-cidr': vpcIpv6Cidr,
  'vpc-quotas': vpcQuotas,
  'vpce-gateway-not-transitive': vpceGatewayNotTransitive,
  'vpce-gateway-routes': vpceGatewayRoutes,
  'vpce-gateway-service': vpceGatewayService,
  'vpce-gwlb-endpoint': vpceGwlbEndpoint,
  'vpce-interface-private-dns': vpceInterfacePrivateDns,
  'vpce-interface-sg': vpceInterfaceSg,
  'vpce-interface-subnets': vpceInterfaceSubnets,
  'vpce-quotas': vpceQuotas,
  'vpn-quotas': vpnQuotas,
} as const satisfies RuleRegistry
