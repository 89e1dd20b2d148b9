import type { ResourceOf } from '../../model/kinds'
import { defineRule } from '../rule'

function allowsTcp(group: ResourceOf<'securityGroup'>, port: number): boolean {
  return group.ingress.some((r) => r.protocol === '-1' || (r.protocol === 'tcp' && (r.fromPort ?? 0) <= port && port <= (r.toPort ?? 65535)))
}

export default defineRule({
  id: 'vpce-interface-sg',
  meta: {
    severity: 'warning',
    title: "Interface endpoints' security groups admit the service port",
    appliesTo: ['interfaceEndpoint', 'securityGroup'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpce-interface.html',
  },
  messages: {
    noGroups: "Interface endpoint {{endpoint}} names no security group, so AWS applies the VPC's default group, which admits only its own members: clients on port {{ports}} are refused.",
    portClosed: 'No security group of interface endpoint {{endpoint}} ({{groups}}) allows inbound TCP {{port}}, the port of {{service}}: clients cannot connect.',
  },
  check({ index, report }) {
    for (const e of index.all('interfaceEndpoint')) {
      if (e.endpointType !== 'interface') continue
      const service = index.getOf('endpointService', e.endpointService)
      const listenerPorts = service ? service.loadBalancers.flatMap((id) => index.getOf('loadBalancer', id)?.listenerPorts ?? []) : []
      // AWS service APIs listen on HTTPS; an endpoint service on its load balancers' listeners.
      const ports = [...new Set(listenerPorts.length > 0 ? listenerPorts : [443])].sort((a, b) => a - b)
      if (e.securityGroups.length === 0) {
        report({ messageId: 'noGroups', target: e.id, field: 'securityGroups', data: { endpoint: e.name, ports: ports.join(', ') }, fix: `Attach a security group allowing TCP ${ports.join(', ')} from the clients.` })
        continue
      }
      const groups = e.securityGroups.map((id) => index.getOf('securityGroup', id)).filter((g) => g !== undefined)
      for (const port of ports) {
        if (groups.some((g) => allowsTcp(g, port))) continue
        report({
          messageId: 'portClosed',
          target: e.id,
          related: groups.map((g) => g.id),
          field: 'securityGroups',
          data: { endpoint: e.name, groups: groups.map((g) => g.name).join(', '), port, service: service ? `endpoint service ${service.name}` : (e.service ?? 'the service') },
          fix: `Add an inbound rule for TCP ${port} from the clients to ${groups[0]?.name ?? 'the endpoint group'}.`,
        })
      }
    }
  },
})
