import type { ReachQuery } from '../../shared/reachability'
import type { Snapshot } from './aws-data'

/**
 * The expected traceroutes of ../shared/aws-data/README.md (Batfish's AWS tests), as data. Paths are
 * Batfish's node paths by AWS id; see test/import-batfish-flows.test.ts for how they are compared.
 */
export type Verdict = 'ACCEPTED' | 'DENIED_IN' | 'NO_ROUTE' | 'NULL_ROUTED' | 'NEIGHBOR_UNREACHABLE'

export interface BatfishFlow {
  snapshot: Snapshot
  name: string
  from: string
  to: string
  /** Batfish's flow: none means its protocol-less `getAnyFlow`. */
  flow?: Pick<ReachQuery, 'protocol' | 'port'>
  verdict: Verdict
  /** Batfish's node path, by AWS id. */
  path: string[]
}

export const flows: BatfishFlow[] = [
  // 1. test-transit-gateway-peering (AwsConfigurationTransitGatewayPeeringTest)
  { snapshot: 'test-transit-gateway-peering', name: 'bat → fish', from: 'i-08f3abb6471637c66', to: '192.168.1.100', verdict: 'NO_ROUTE',
    path: ['i-08f3abb6471637c66', 'subnet-06818d8a511df9b3d', 'vpc-065ea457071dd67bb', 'tgw-0e20010ebf43d07a2'] },
  { snapshot: 'test-transit-gateway-peering', name: 'bat2 → fish', from: 'i-05e25e43074216229', to: '192.168.1.100', verdict: 'DENIED_IN',
    path: ['i-05e25e43074216229', 'subnet-0934a46c6eb5542d9', 'vpc-03ccec9d7758a283a', 'tgw-0e20010ebf43d07a2', 'tgw-03201f1960ddb0c25', 'vpc-0ecbcbd110fd839d1', 'subnet-0080bd39fe3626e89', 'i-0afb0a59f6bf36397'] },
  { snapshot: 'test-transit-gateway-peering', name: 'fish → bat', from: 'i-0afb0a59f6bf36397', to: '10.10.1.100', verdict: 'NO_ROUTE',
    path: ['i-0afb0a59f6bf36397', 'subnet-0080bd39fe3626e89', 'vpc-0ecbcbd110fd839d1', 'tgw-03201f1960ddb0c25'] },
  { snapshot: 'test-transit-gateway-peering', name: 'fish → bat2', from: 'i-0afb0a59f6bf36397', to: '10.20.1.100', verdict: 'NO_ROUTE',
    path: ['i-0afb0a59f6bf36397', 'subnet-0080bd39fe3626e89', 'vpc-0ecbcbd110fd839d1', 'tgw-03201f1960ddb0c25', 'tgw-0e20010ebf43d07a2'] },
  // 2. test-vpc-peering (AwsConfigurationVpcPeeringTest)
  { snapshot: 'test-vpc-peering', name: 'A → B', from: 'i-06ba034d88c84ef07', to: '192.168.1.106', verdict: 'DENIED_IN',
    path: ['i-06ba034d88c84ef07', 'subnet-006a19c846f047bd7', 'vpc-0404e08ceddf7f650', 'vpc-00a31ce9d0c06675c', 'subnet-0ebf6378a79a3e534', 'i-0b14080af811fda3d'] },
  { snapshot: 'test-vpc-peering', name: 'B → A', from: 'i-0b14080af811fda3d', to: '10.10.10.157', verdict: 'DENIED_IN',
    path: ['i-0b14080af811fda3d', 'subnet-0ebf6378a79a3e534', 'vpc-00a31ce9d0c06675c', 'vpc-0404e08ceddf7f650', 'subnet-006a19c846f047bd7', 'i-06ba034d88c84ef07'] },
  { snapshot: 'test-vpc-peering', name: 'A → 192.168.100.1', from: 'i-06ba034d88c84ef07', to: '192.168.100.1', verdict: 'NO_ROUTE',
    path: ['i-06ba034d88c84ef07', 'subnet-006a19c846f047bd7'] },
  { snapshot: 'test-vpc-peering', name: 'B → 10.10.100.1', from: 'i-0b14080af811fda3d', to: '10.10.100.1', verdict: 'NULL_ROUTED',
    path: ['i-0b14080af811fda3d', 'subnet-0ebf6378a79a3e534', 'vpc-00a31ce9d0c06675c', 'vpc-0404e08ceddf7f650'] },
  { snapshot: 'test-vpc-peering', name: 'B → 10.10.10.11', from: 'i-0b14080af811fda3d', to: '10.10.10.11', verdict: 'NEIGHBOR_UNREACHABLE',
    path: ['i-0b14080af811fda3d', 'subnet-0ebf6378a79a3e534', 'vpc-00a31ce9d0c06675c', 'vpc-0404e08ceddf7f650', 'subnet-006a19c846f047bd7'] },
  // 3. test-vpc-endpoint-gateway (AwsConfigurationVpcEndpointGatewayTest), tcp/443
  { snapshot: 'test-vpc-endpoint-gateway', name: 'private → S3', from: 'i-01c6c0647fdccc89e', to: '52.216.237.77', flow: { protocol: 'tcp', port: 443 }, verdict: 'ACCEPTED',
    path: ['i-01c6c0647fdccc89e', 'subnet-01e5f0945f6d6f47c', 'vpc-05d56c7295fca139b', 'vpce-0b7357542bb7b83ec'] },
  { snapshot: 'test-vpc-endpoint-gateway', name: 'public → S3', from: 'i-0464d440ca0ee9e34', to: '52.216.237.77', flow: { protocol: 'tcp', port: 443 }, verdict: 'ACCEPTED',
    path: ['i-0464d440ca0ee9e34', 'subnet-04391f04b912d0a73', 'vpc-05d56c7295fca139b', 'vpce-0b7357542bb7b83ec'] },
  { snapshot: 'test-vpc-endpoint-gateway', name: 'private → other AWS service', from: 'i-01c6c0647fdccc89e', to: '54.222.57.1', flow: { protocol: 'tcp', port: 443 }, verdict: 'NO_ROUTE',
    path: ['i-01c6c0647fdccc89e', 'subnet-01e5f0945f6d6f47c'] },
  // Batfish continues past the IGW to its AWS backbone node (isp_16509) and __aws-services-gateway__;
  // Netdraft ends the path at `internet`, which stands for everything beyond the internet gateway.
  { snapshot: 'test-vpc-endpoint-gateway', name: 'public → other AWS service', from: 'i-0464d440ca0ee9e34', to: '54.222.57.1', flow: { protocol: 'tcp', port: 443 }, verdict: 'ACCEPTED',
    path: ['i-0464d440ca0ee9e34', 'subnet-04391f04b912d0a73', 'vpc-05d56c7295fca139b', 'igw-0c8afe4471084ccba'] },
]
