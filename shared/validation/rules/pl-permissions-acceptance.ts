import { defineRule } from '../rule'
import { accountIdOfVpc } from '../topology'

/** The account a principal names: an account id, or the account of an IAM ARN. */
function accountOfPrincipal(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal
  return /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(principal)?.[1]
}

export default defineRule({
  id: 'pl-permissions-acceptance',
  meta: {
    severity: 'error',
    title: 'Consumers are allowed by the endpoint service and accepted',
    appliesTo: ['endpointService', 'interfaceEndpoint'],
    docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-share-your-services.html',
  },
  messages: {
    notAllowed: 'Interface endpoint {{endpoint}} (account {{account}}) connects to endpoint service {{service}}, whose allowed principals do not include that account: the endpoint cannot be created.',
    pending: 'Interface endpoint {{endpoint}} is pending acceptance by endpoint service {{service}}, which requires acceptance: no traffic flows until the provider accepts it.',
    anyone: 'Endpoint service {{service}} allows principal "*": any AWS account can discover it and request a connection.',
  },
  check({ index, indexes, report }) {
    for (const s of index.all('endpointService')) {
      const i = s.allowedPrincipals.indexOf('*')
      if (i >= 0) report({ messageId: 'anyone', severity: 'warning', target: s.id, field: `allowedPrincipals[${i}]`, data: { service: s.name }, fix: 'List the consumer accounts or roles instead.' })
    }
    for (const e of index.all('interfaceEndpoint')) {
      const s = index.getOf('endpointService', e.endpointService)
      if (!s) continue
      const consumer = accountIdOfVpc(indexes, index.getOf('vpc', e.vpc))
      const providerVpc = index.getOf('vpc', index.getOf('loadBalancer', s.loadBalancers[0])?.vpc)
      const provider = accountIdOfVpc(indexes, providerVpc)
      const allowed = consumer === undefined || consumer === provider || s.allowedPrincipals.some((p) => p === '*' || accountOfPrincipal(p) === consumer)
      if (!allowed) {
        report({ messageId: 'notAllowed', target: e.id, related: [s.id], field: 'endpointService', data: { endpoint: e.name, account: consumer, service: s.name }, fix: `Add arn:aws:iam::${consumer}:root (or the creating role) to ${s.name}.allowedPrincipals.` })
      } else if (s.acceptanceRequired && e.state === 'pending-acceptance') {
        report({ messageId: 'pending', severity: 'warning', target: e.id, related: [s.id], field: 'state', data: { endpoint: e.name, service: s.name }, fix: 'Record the connection as accepted once the provider accepts it.' })
      }
    }
  },
})
