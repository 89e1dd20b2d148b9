import { defineRule } from '../rule'
import { nameOf } from '../names'

export default defineRule({
  id: 'vpce-interface-private-dns',
  meta: {
    severity: 'error',
    title: 'Private DNS on an interface endpoint has the VPC DNS settings it needs',
    appliesTo: ['interfaceEndpoint', 'vpc'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html',
  },
  messages: {
    vpcDns: 'Interface endpoint {{endpoint}} has private DNS enabled, but {{vpc}} has {{off}} off; AWS requires both DNS resolution and DNS hostnames for private DNS.',
    remoteClients:
      'Interface endpoint {{endpoint}} has private DNS, and {{vpc}} is reached from other networks ({{via}}); the private hosted zone answers only inside {{vpcName}}, so those clients resolve the service to its public addresses unless the zone is shared (Route 53 Resolver endpoints or a PHZ association).',
  },
  check({ index, indexes, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      const vpc = index.getOf('vpc', e.vpc)
      if (!e.privateDns || !vpc) continue
      const off = [!vpc.enableDnsSupport && 'enableDnsSupport', !vpc.enableDnsHostnames && 'enableDnsHostnames'].filter((x): x is string => Boolean(x))
      if (off.length > 0) {
        report({ messageId: 'vpcDns', target: e.id, related: [vpc.id], field: 'privateDns', data: { endpoint: e.name, vpc: nameOf(vpc), off: off.join(' and ') }, fix: `Turn on ${off.join(' and ')} on ${vpc.name}.` })
        continue
      }
      const via = [
        indexes.peeringsOf(vpc.id).length > 0 && 'peering',
        indexes.tgwAttachmentsOfVpc(vpc.id).length > 0 && 'transit gateway',
        indexes.vpnGatewaysOf(vpc.id).length > 0 && 'VPN gateway',
      ].filter((x): x is string => Boolean(x))
      if (via.length === 0) continue
      report({
        messageId: 'remoteClients',
        severity: 'warning',
        target: e.id,
        related: [vpc.id],
        field: 'privateDns',
        data: { endpoint: e.name, vpc: nameOf(vpc), vpcName: vpc.name, via: via.join(', ') },
        fix: 'Associate the private hosted zone with the client VPCs, or forward their queries to a Route 53 Resolver inbound endpoint in this VPC (suppress when only local clients use it).',
      })
    }
  },
})
