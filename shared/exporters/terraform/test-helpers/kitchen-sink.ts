import { type Project, type ProjectInput, projectSchema } from '../../../model/project'

/**
 * A design using every resource kind and the export's special cases: IPv6, secondary blocks, the
 * default ACL, ICMP rules, multi-EIP and private NAT, VGW with static VPN, Direct Connect across
 * accounts, TGW peering across Regions, GWLB endpoints, customer prefix lists, cross-account
 * security group references, routes to workloads, an IGW gateway route table and odd ids that are
 * not Terraform identifiers.
 */
export function kitchenSink(): Project {
  const input: ProjectInput = {
    formatVersion: 1,
    name: 'Kitchen sink',
    resources: [
      { kind: 'account', id: 'net', name: 'network', accountId: '111111111111' },
      { kind: 'account', id: 'app', name: 'app', accountId: '222222222222' },
      { kind: 'onPremNetwork', id: 'dc', name: 'dc', cidrs: ['192.168.0.0/16'] },
      { kind: 'prefixList', id: 'pl-corp', name: 'corp', region: 'eu-west-1', account: 'net', entries: ['192.168.0.0/16', '172.16.0.0/12'], maxEntries: 5 },
      { kind: 'prefixList', id: 'pl-s3', name: 's3', region: 'eu-west-1', awsService: 's3' },
      {
        kind: 'vpc', id: 'vpc.main', name: 'main', account: 'net', region: 'eu-west-1', cidr: '10.0.0.0/16',
        secondaryCidrs: ['10.1.0.0/16'], ipv6Cidrs: ['2600:1f18:0:100::/56', '2600:1f18:0:200::/56'], enableDnsHostnames: true,
      },
      { kind: 'vpc', id: 'vpc-app', name: 'app', account: 'app', region: 'eu-west-1', cidr: '10.2.0.0/16', externalId: 'vpc-0a1b2c3d4e5f60718' },
      { kind: 'vpc', id: 'vpc-us', name: 'us', account: 'net', region: 'us-east-1', cidr: '10.3.0.0/16' },
      { kind: 'subnet', id: 'pub-a', name: 'public-a', vpc: 'vpc.main', az: 'eu-west-1a', cidr: '10.0.0.0/24', ipv6Cidr: '2600:1f18:0:10a::/64', routeTable: 'rt-pub', mapPublicIpOnLaunch: true },
      { kind: 'subnet', id: 'priv-a', name: 'private-a', vpc: 'vpc.main', az: 'eu-west-1a', azId: 'euw1-az1', cidr: '10.1.0.0/24', routeTable: 'rt-priv', networkAcl: 'acl-priv' },
      { kind: 'subnet', id: '9lives', name: 'odd id', vpc: 'vpc.main', az: 'eu-west-1b', cidr: '10.0.1.0/24', networkAcl: 'acl-default' },
      { kind: 'subnet', id: 'app-a', name: 'app-a', vpc: 'vpc-app', az: 'eu-west-1a', cidr: '10.2.0.0/24' },
      { kind: 'subnet', id: 'us-a', name: 'us-a', vpc: 'vpc-us', az: 'us-east-1a', cidr: '10.3.0.0/24' },
      {
        kind: 'routeTable', id: 'rt-pub', name: 'public', vpc: 'vpc.main', main: true,
        routes: [
          { destination: '10.0.0.0/16', target: 'local' },
          { destination: '0.0.0.0/0', target: 'igw' },
          { destination: '::/0', target: 'eigw' },
          { destinationPrefixList: 'pl-corp', target: 'vgw' },
          { destination: '10.99.0.0/16', target: 'fw' },
          { destinationPrefixList: 'pl-s3', target: 'gwe-s3' },
        ],
      },
      {
        kind: 'routeTable', id: 'rt-priv', name: 'private', vpc: 'vpc.main', propagatingVgws: ['vgw'],
        routes: [
          { destination: '0.0.0.0/0', target: 'nat-pub' },
          { destination: '10.2.0.0/16', target: 'tgw' },
          { destination: '10.3.0.0/16', target: 'pcx' },
          { destination: '10.50.0.0/16', target: 'nat-priv' },
          { destination: '10.60.0.0/16', target: 'gwlbe' },
        ],
      },
      // Ingress routing: a gateway route table holds only subnet (or VPC) blocks → local or a middlebox.
      { kind: 'routeTable', id: 'rt-ingress', name: 'ingress', vpc: 'vpc.main', edgeAssociations: ['igw'], routes: [{ destination: '10.0.1.0/24', target: 'fw' }] },
      { kind: 'routeTable', id: 'rt-app', name: 'app', vpc: 'vpc-app', main: true, routes: [{ destination: '10.0.0.0/8', target: 'tgw' }] },
      {
        kind: 'networkAcl', id: 'acl-priv', name: 'private', vpc: 'vpc.main',
        ingress: [
          { ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/8' },
          { ruleNumber: 110, action: 'allow', protocol: 'icmp', cidr: '10.0.0.0/8' },
          { ruleNumber: 120, action: 'allow', protocol: 'tcp', fromPort: 1024, toPort: 65535, cidr: '::/0' },
        ],
        egress: [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }],
      },
      {
        kind: 'networkAcl', id: 'acl-default', name: 'default', vpc: 'vpc.main', default: true,
        ingress: [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }, { ruleNumber: 200, action: 'deny', protocol: 'icmpv6', cidr: '::/0' }],
        egress: [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }],
      },
      { kind: 'networkAcl', id: 'acl-app-default', name: 'app default', vpc: 'vpc-app', default: true },
      {
        kind: 'securityGroup', id: 'sg-web', name: 'web', vpc: 'vpc.main', description: 'Web tier',
        ingress: [
          { protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0', description: 'HTTPS' },
          { protocol: 'tcp', fromPort: 443, toPort: 443, ipv6Cidr: '::/0' },
          { protocol: 'icmp', fromPort: 8, toPort: 0, cidr: '10.0.0.0/8' },
          { protocol: 'tcp', fromPort: 22, toPort: 22, prefixList: 'pl-corp' },
          { protocol: 'tcp', fromPort: 8080, toPort: 8080, securityGroup: 'sg-app' },
        ],
        egress: [{ protocol: '-1', cidr: '0.0.0.0/0' }, { protocol: 'tcp', fromPort: 443, toPort: 443, prefixList: 'pl-s3' }],
      },
      { kind: 'securityGroup', id: 'sg-app', name: 'app', vpc: 'vpc-app', externalId: 'sg-0123456789abcdef0', ingress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, securityGroup: 'sg-web' }] },
      { kind: 'internetGateway', id: 'igw', name: 'igw', vpc: 'vpc.main' },
      { kind: 'egressOnlyInternetGateway', id: 'eigw', name: 'eigw', vpc: 'vpc.main' },
      { kind: 'natGateway', id: 'nat-pub', name: 'nat', subnet: 'pub-a', elasticIps: 3 },
      { kind: 'natGateway', id: 'nat-priv', name: 'private nat', subnet: 'priv-a', connectivity: 'private', privateIp: '10.1.0.10', secondaryPrivateIps: 2 },
      { kind: 'vpnGateway', id: 'vgw', name: 'vgw', account: 'net', region: 'eu-west-1', vpc: 'vpc.main', amazonSideAsn: 64600 },
      { kind: 'customerGateway', id: 'cgw-known', name: 'known', account: 'net', region: 'eu-west-1', ipAddress: '203.0.113.10', onPremNetwork: 'dc' },
      { kind: 'customerGateway', id: 'cgw-unknown', name: 'unknown', account: 'net', region: 'eu-west-1', bgpAsn: 65100 },
      { kind: 'vpnConnection', id: 'vpn-static', name: 'static', customerGateway: 'cgw-known', gateway: 'vgw', routing: 'static', staticRoutes: ['192.168.0.0/16'] },
      { kind: 'vpnConnection', id: 'vpn-tgw', name: 'to tgw', customerGateway: 'cgw-unknown', gateway: 'tgw', routing: 'bgp' },
      { kind: 'dxGateway', id: 'dxgw', name: 'dx', account: 'app', externalId: '5f1e2d3c-0000-4000-8000-0123456789ab', associations: ['vgw', 'tgw'], allowedPrefixes: ['10.0.0.0/8'], onPremNetworks: ['dc'] },
      { kind: 'peeringConnection', id: 'pcx', name: 'to us', requesterVpc: 'vpc.main', accepterVpc: 'vpc-us', allowRemoteDnsResolution: true },
      { kind: 'peeringConnection', id: 'pcx-pending', name: 'pending', requesterVpc: 'vpc-app', accepterVpc: 'vpc-us', status: 'pending-acceptance' },
      { kind: 'transitGateway', id: 'tgw', name: 'hub', account: 'net', region: 'eu-west-1', defaultRouteTableAssociation: true, defaultRouteTablePropagation: true, defaultRouteTable: 'tgw-rt' },
      { kind: 'transitGateway', id: 'tgw-us', name: 'us hub', account: 'app', region: 'us-east-1' },
      {
        kind: 'tgwRouteTable', id: 'tgw-rt', name: 'main', transitGateway: 'tgw',
        associations: ['att-main', 'att-app', 'vpn-tgw-att', 'dx-att', 'tgw-peer'],
        propagations: ['att-main', 'att-app', 'vpn-tgw-att'],
        routes: [{ destination: '10.3.0.0/16', target: 'tgw-peer' }, { destination: '10.66.0.0/16', target: 'blackhole' }],
      },
      { kind: 'tgwRouteTable', id: 'tgw-us-rt', name: 'us', transitGateway: 'tgw-us', associations: ['tgw-peer'], routes: [{ destination: '10.0.0.0/8', target: 'tgw-peer' }] },
      { kind: 'tgwVpcAttachment', id: 'att-main', name: 'main', transitGateway: 'tgw', vpc: 'vpc.main', subnets: ['priv-a'], applianceMode: true, ipv6: true },
      { kind: 'tgwVpcAttachment', id: 'att-app', name: 'app', transitGateway: 'tgw', vpc: 'vpc-app', subnets: ['app-a'] },
      { kind: 'tgwPeeringAttachment', id: 'tgw-peer', name: 'eu-us', transitGateway: 'tgw', peerTransitGateway: 'tgw-us' },
      { kind: 'tgwVpnAttachment', id: 'vpn-tgw-att', name: 'vpn', transitGateway: 'tgw', vpnConnection: 'vpn-tgw' },
      { kind: 'tgwDxAttachment', id: 'dx-att', name: 'dx', transitGateway: 'tgw', dxGateway: 'dxgw' },
      { kind: 'gatewayEndpoint', id: 'gwe-s3', name: 's3', vpc: 'vpc.main', service: 's3', routeTables: ['rt-priv'], policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}' },
      { kind: 'interfaceEndpoint', id: 'ssm', name: 'ssm', vpc: 'vpc.main', service: 'com.amazonaws.eu-west-1.ssm', subnets: ['priv-a'], securityGroups: ['sg-web'], privateDns: true },
      { kind: 'interfaceEndpoint', id: 'gwlbe', name: 'inspection', vpc: 'vpc.main', endpointType: 'gatewayLoadBalancer', endpointService: 'svc-gwlb', subnets: ['priv-a'] },
      { kind: 'interfaceEndpoint', id: 'to-api', name: 'api', vpc: 'vpc-us', endpointService: 'svc-api', subnets: ['us-a'], state: 'pending-acceptance' },
      { kind: 'interfaceEndpoint', id: 'to-api-main', name: 'api from main', vpc: 'vpc.main', endpointService: 'svc-api', subnets: ['priv-a'] },
      { kind: 'loadBalancer', id: 'gwlb', name: 'firewalls', vpc: 'vpc-app', type: 'gateway', subnets: ['app-a'] },
      { kind: 'loadBalancer', id: 'nlb', name: 'api', vpc: 'vpc-app', type: 'network', subnets: ['app-a'], listenerPorts: [443] },
      { kind: 'endpointService', id: 'svc-gwlb', name: 'inspection', loadBalancers: ['gwlb'], acceptanceRequired: false, allowedPrincipals: ['arn:aws:iam::111111111111:root'] },
      { kind: 'endpointService', id: 'svc-api', name: 'api', loadBalancers: ['nlb'], supportedRegions: ['us-east-1'], allowedPrincipals: ['arn:aws:iam::111111111111:root'] },
      { kind: 'workload', id: 'fw', name: 'firewall', subnet: 'pub-a', sourceDestCheck: false },
    ],
  }
  return projectSchema.parse(input)
}
