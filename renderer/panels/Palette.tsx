import { type Kind, kinds } from '../../shared/model'
import { paletteOrder } from '../state/palette'

const groups: { title: string; kinds: Kind[] }[] = [
  { title: 'Structure', kinds: ['account', 'vpc', 'subnet', 'routeTable'] },
  { title: 'Edges', kinds: ['internetGateway', 'egressOnlyInternetGateway', 'natGateway', 'vpnGateway', 'customerGateway', 'vpnConnection', 'dxGateway', 'onPremNetwork'] },
  { title: 'Connectivity', kinds: ['peeringConnection', 'transitGateway', 'tgwRouteTable', 'tgwVpcAttachment', 'tgwPeeringAttachment', 'tgwVpnAttachment', 'tgwDxAttachment'] },
  { title: 'Endpoints', kinds: ['gatewayEndpoint', 'interfaceEndpoint', 'loadBalancer', 'endpointService', 'prefixList'] },
  { title: 'Workloads & filters', kinds: ['workload', 'securityGroup', 'networkAcl'] },
]

/** Buttons that add each resource kind where the selection says it belongs. */
export function Palette({ onAdd, subnetPrefix, onSubnetPrefix, message }: { onAdd: (kind: Kind) => void; subnetPrefix: number; onSubnetPrefix: (p: number) => void; message: string | null }) {
  const listed = new Set(groups.flatMap((g) => g.kinds))
  const rest = paletteOrder.filter((k) => !listed.has(k))
  return (
    <nav className="palette" aria-label="Add resources">
      {[...groups, ...(rest.length ? [{ title: 'Other', kinds: rest }] : [])].map((g) => (
        <section key={g.title}>
          <h3>{g.title}</h3>
          {g.kinds.map((k) => (
            <button key={k} type="button" onClick={() => onAdd(k)} data-kind={k} title={`Add a ${kinds[k].title.toLowerCase()}`}>
              + {kinds[k].title}
            </button>
          ))}
        </section>
      ))}
      <label className="palette-size">
        New subnet size
        <select value={subnetPrefix} onChange={(e) => onSubnetPrefix(Number(e.target.value))} aria-label="New subnet prefix length">
          {[20, 21, 22, 23, 24, 25, 26, 27, 28].map((p) => (
            <option key={p} value={p}>/{p} ({2 ** (32 - p) - 5} usable)</option>
          ))}
        </select>
      </label>
      {message && <p className="palette-message" role="status">{message}</p>}
    </nav>
  )
}
