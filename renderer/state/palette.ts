import { type Kind, type Resource, kindNames, kinds } from '../../shared/model'
import { type CreateContext, type CreateResult, freshId, freshName, nextAz, nextSubnetCidr, nextVpcCidr, pickOf, subnetPerAz } from './defaults'

/** One palette button: what it adds, what must be selected first, and how the new resources look. */
export interface PaletteEntry {
  readonly kind: Kind
  /** Shown when the selection lacks what `create` needs: "Select a VPC first". */
  readonly needs?: string
  readonly create: (ctx: CreateContext) => CreateResult
}

const fail = (message: string): CreateResult => ({ ok: false, message })
/** New resources go through their kind's schema, so every default (empty lists, flags) is filled in. */
const ok = (...resources: Record<string, unknown>[]): CreateResult => {
  const parsed: Resource[] = []
  for (const r of resources) {
    const result = kinds[r.kind as Kind].schema.safeParse(r)
    if (!result.success) return fail(`Cannot add ${String(r.kind)}: ${result.error.issues[0].message}`)
    parsed.push(result.data as Resource)
  }
  return { ok: true, resources: parsed }
}

function inVpc(kind: Kind, base: string, extra: (vpcId: string, ctx: CreateContext) => Record<string, unknown> | null = () => ({})) {
  return (ctx: CreateContext): CreateResult => {
    const vpc = pickOf(ctx, 'vpc')
    if (!vpc) return fail(`Select a VPC (or something inside one) to add a ${kinds[kind].title.toLowerCase()}`)
    const fields = extra(vpc.id, ctx)
    if (fields === null) return fail(`The VPC ${vpc.name} has no subnet for a ${kinds[kind].title.toLowerCase()}: add a subnet first`)
    return ok({ kind, id: freshId(ctx.project, `${vpc.id}-${base}`), name: freshName(ctx.project, kind, `${vpc.name}-${base}`), vpc: vpc.id, ...fields })
  }
}

const subnetsOrNull = (vpcId: string, ctx: CreateContext) => {
  const subnets = subnetPerAz(ctx.index, vpcId)
  return subnets.length ? subnets : null
}

export const palette: Record<Kind, PaletteEntry> = {
  account: {
    kind: 'account',
    create: (ctx) => {
      const n = ctx.index.all('account').length + 1
      // 12 digits are required; the user types the real id in the inspector (flagged until then by its name).
      return ok({ kind: 'account', id: freshId(ctx.project, 'acct'), name: freshName(ctx.project, 'account', 'account'), accountId: String(n).padStart(12, '0'), description: 'Replace the account id with the real one' })
    },
  },
  onPremNetwork: {
    kind: 'onPremNetwork',
    create: (ctx) => ok({ kind: 'onPremNetwork', id: freshId(ctx.project, 'onprem'), name: freshName(ctx.project, 'onPremNetwork', 'datacenter'), cidrs: ['192.168.0.0/16'] }),
  },
  prefixList: {
    kind: 'prefixList',
    needs: 'Select something in the Region the prefix list belongs to',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      if (!vpc) return fail('Select a VPC to add a prefix list in its Region')
      return ok({ kind: 'prefixList', id: freshId(ctx.project, 'pl'), name: freshName(ctx.project, 'prefixList', 'prefix-list'), region: vpc.region, entries: [] })
    },
  },
  vpc: {
    kind: 'vpc',
    create: (ctx) => {
      const account = pickOf(ctx, 'account')
      if (!account) return fail('Add an account first: every VPC belongs to one')
      const cidr = nextVpcCidr(ctx.index)
      if (!cidr) return fail('No free /16 is left in 10.0.0.0/8 or 172.16.0.0/12')
      const sibling = ctx.index.all('vpc').find((v) => v.account === account.id)
      const name = freshName(ctx.project, 'vpc', 'vpc')
      const id = freshId(ctx.project, name)
      // AWS creates every VPC with a main route table; so does Netdraft.
      return ok(
        { kind: 'vpc', id, name, account: account.id, region: sibling?.region ?? 'us-east-1', cidr, enableDnsHostnames: true },
        { kind: 'routeTable', id: `${id}-rt-main`, name: `${name}-main`, vpc: id, main: true, routes: [] },
      )
    },
  },
  subnet: {
    kind: 'subnet',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      if (!vpc) return fail('Select a VPC to add a subnet to it')
      const cidr = nextSubnetCidr(ctx.index, vpc, ctx.subnetPrefix)
      if (!cidr) return fail(`VPC ${vpc.name} has no free /${ctx.subnetPrefix} left`)
      const az = nextAz(ctx.index, vpc)
      return ok({ kind: 'subnet', id: freshId(ctx.project, `${vpc.id}-subnet`), name: freshName(ctx.project, 'subnet', `${vpc.name}-${az.slice(-1)}`), vpc: vpc.id, az, cidr })
    },
  },
  routeTable: { kind: 'routeTable', create: inVpc('routeTable', 'rt', () => ({ main: false, routes: [] })) },
  networkAcl: {
    kind: 'networkAcl',
    create: inVpc('networkAcl', 'nacl', () => ({
      ingress: [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }],
      egress: [{ ruleNumber: 100, action: 'allow', protocol: '-1', cidr: '0.0.0.0/0' }],
    })),
  },
  securityGroup: { kind: 'securityGroup', create: inVpc('securityGroup', 'sg', () => ({ egress: [{ protocol: '-1', cidr: '0.0.0.0/0' }] })) },
  internetGateway: { kind: 'internetGateway', create: inVpc('internetGateway', 'igw') },
  egressOnlyInternetGateway: { kind: 'egressOnlyInternetGateway', create: inVpc('egressOnlyInternetGateway', 'eigw') },
  natGateway: {
    kind: 'natGateway',
    create: (ctx) => {
      const subnet = pickOf(ctx, 'subnet')
      if (!subnet) return fail('Select the (public) subnet the NAT gateway goes in')
      return ok({ kind: 'natGateway', id: freshId(ctx.project, `${subnet.id}-nat`), name: freshName(ctx.project, 'natGateway', `${subnet.name}-nat`), subnet: subnet.id })
    },
  },
  vpnGateway: {
    kind: 'vpnGateway',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      if (!vpc) return fail('Select the VPC to attach the virtual private gateway to')
      return ok({ kind: 'vpnGateway', id: freshId(ctx.project, `${vpc.id}-vgw`), name: freshName(ctx.project, 'vpnGateway', `${vpc.name}-vgw`), account: vpc.account, region: vpc.region, vpc: vpc.id })
    },
  },
  customerGateway: {
    kind: 'customerGateway',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      const tgw = pickOf(ctx, 'transitGateway')
      const placed = tgw ?? vpc
      if (!placed) return fail('Select the VPC or transit gateway whose Region the customer gateway registers in')
      const onPrem = pickOf(ctx, 'onPremNetwork') ?? ctx.index.all('onPremNetwork')[0]
      return ok({ kind: 'customerGateway', id: freshId(ctx.project, 'cgw'), name: freshName(ctx.project, 'customerGateway', 'cgw'), account: placed.account, region: placed.region, ...(onPrem ? { onPremNetwork: onPrem.id } : {}) })
    },
  },
  vpnConnection: {
    kind: 'vpnConnection',
    needs: 'Select a customer gateway and a virtual private gateway or transit gateway',
    create: (ctx) => {
      const cgw = pickOf(ctx, 'customerGateway')
      const gateway = pickOf(ctx, 'transitGateway') ?? pickOf(ctx, 'vpnGateway')
      if (!cgw || !gateway) return fail('Select a customer gateway and a virtual private gateway or transit gateway (shift-click both)')
      return ok({ kind: 'vpnConnection', id: freshId(ctx.project, 'vpn'), name: freshName(ctx.project, 'vpnConnection', `${cgw.name}-vpn`), customerGateway: cgw.id, gateway: gateway.id, routing: 'bgp' })
    },
  },
  dxGateway: {
    kind: 'dxGateway',
    create: (ctx) => {
      const account = pickOf(ctx, 'account')
      if (!account) return fail('Add an account first')
      return ok({ kind: 'dxGateway', id: freshId(ctx.project, 'dxgw'), name: freshName(ctx.project, 'dxGateway', 'dxgw'), account: account.id })
    },
  },
  peeringConnection: {
    kind: 'peeringConnection',
    needs: 'Select two VPCs',
    create: (ctx) => {
      const vpcs = ctx.picks.filter((r) => r.kind === 'vpc')
      if (vpcs.length !== 2) return fail('Select exactly two VPCs (shift-click) to peer them')
      const [a, b] = vpcs
      return ok({ kind: 'peeringConnection', id: freshId(ctx.project, `pcx-${a.id}-${b.id}`), name: `${a.name}-to-${b.name}`, requesterVpc: a.id, accepterVpc: b.id })
    },
  },
  transitGateway: {
    kind: 'transitGateway',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      const account = vpc ? ctx.index.getOf('account', vpc.account) : pickOf(ctx, 'account')
      if (!account) return fail('Add an account first')
      return ok({ kind: 'transitGateway', id: freshId(ctx.project, 'tgw'), name: freshName(ctx.project, 'transitGateway', 'tgw'), account: account.id, region: vpc?.region ?? 'us-east-1' })
    },
  },
  tgwRouteTable: {
    kind: 'tgwRouteTable',
    create: (ctx) => {
      const tgw = pickOf(ctx, 'transitGateway')
      if (!tgw) return fail('Select a transit gateway to add a route table to it')
      return ok({ kind: 'tgwRouteTable', id: freshId(ctx.project, `${tgw.id}-rt`), name: freshName(ctx.project, 'tgwRouteTable', `${tgw.name}-rt`), transitGateway: tgw.id })
    },
  },
  tgwVpcAttachment: {
    kind: 'tgwVpcAttachment',
    needs: 'Select a VPC and a transit gateway',
    create: (ctx) => {
      const tgw = pickOf(ctx, 'transitGateway')
      const vpc = pickOf(ctx, 'vpc')
      if (!tgw || !vpc) return fail('Select a VPC and a transit gateway (shift-click both) to attach them')
      if (ctx.index.all('tgwVpcAttachment').some((a) => a.vpc === vpc.id && a.transitGateway === tgw.id)) return fail(`VPC ${vpc.name} is already attached to ${tgw.name}`)
      const subnets = subnetPerAz(ctx.index, vpc.id)
      if (subnets.length === 0) return fail(`VPC ${vpc.name} has no subnet: a TGW attachment needs one subnet per AZ`)
      return ok({ kind: 'tgwVpcAttachment', id: freshId(ctx.project, `${vpc.id}-att`), name: `${vpc.name}-to-${tgw.name}`, transitGateway: tgw.id, vpc: vpc.id, subnets })
    },
  },
  tgwPeeringAttachment: {
    kind: 'tgwPeeringAttachment',
    needs: 'Select two transit gateways',
    create: (ctx) => {
      const tgws = ctx.picks.filter((r) => r.kind === 'transitGateway')
      if (tgws.length !== 2) return fail('Select exactly two transit gateways (shift-click) to peer them')
      return ok({ kind: 'tgwPeeringAttachment', id: freshId(ctx.project, 'tgw-peering'), name: `${tgws[0].name}-to-${tgws[1].name}`, transitGateway: tgws[0].id, peerTransitGateway: tgws[1].id })
    },
  },
  tgwVpnAttachment: {
    kind: 'tgwVpnAttachment',
    create: (ctx) => {
      const vpn = pickOf(ctx, 'vpnConnection')
      const tgw = vpn ? ctx.index.getOf('transitGateway', vpn.gateway) : undefined
      if (!vpn || !tgw) return fail('Select a Site-to-Site VPN that terminates on a transit gateway')
      if (ctx.index.all('tgwVpnAttachment').some((a) => a.vpnConnection === vpn.id)) return fail(`VPN ${vpn.name} already has its transit gateway attachment`)
      return ok({ kind: 'tgwVpnAttachment', id: freshId(ctx.project, `${vpn.id}-att`), name: `${vpn.name}-attachment`, transitGateway: tgw.id, vpnConnection: vpn.id })
    },
  },
  tgwDxAttachment: {
    kind: 'tgwDxAttachment',
    create: (ctx) => {
      const dx = pickOf(ctx, 'dxGateway')
      const tgw = pickOf(ctx, 'transitGateway')
      if (!dx || !tgw) return fail('Select a Direct Connect gateway and a transit gateway')
      return ok({ kind: 'tgwDxAttachment', id: freshId(ctx.project, `${dx.id}-att`), name: `${dx.name}-to-${tgw.name}`, transitGateway: tgw.id, dxGateway: dx.id })
    },
  },
  gatewayEndpoint: {
    kind: 'gatewayEndpoint',
    create: inVpc('gatewayEndpoint', 's3', (vpcId, ctx) => ({ service: 's3', routeTables: ctx.index.childrenOf(vpcId, 'routeTable').map((t) => t.id) })),
  },
  interfaceEndpoint: {
    kind: 'interfaceEndpoint',
    create: (ctx) => {
      const vpc = pickOf(ctx, 'vpc')
      if (!vpc) return fail('Select the VPC the interface endpoint goes in (and optionally an endpoint service)')
      const subnets = subnetPerAz(ctx.index, vpc.id)
      if (subnets.length === 0) return fail(`VPC ${vpc.name} has no subnet for the endpoint's network interfaces`)
      const service = pickOf(ctx, 'endpointService')
      return ok({ kind: 'interfaceEndpoint', id: freshId(ctx.project, `${vpc.id}-vpce`), name: freshName(ctx.project, 'interfaceEndpoint', `${vpc.name}-vpce`), vpc: vpc.id, subnets, ...(service ? { endpointService: service.id } : { service: `com.amazonaws.${vpc.region}.ssm` }) })
    },
  },
  loadBalancer: { kind: 'loadBalancer', create: inVpc('loadBalancer', 'nlb', (vpcId, ctx) => { const s = subnetsOrNull(vpcId, ctx); return s ? { type: 'network', subnets: s } : null }) },
  endpointService: {
    kind: 'endpointService',
    create: (ctx) => {
      const lb = pickOf(ctx, 'loadBalancer')
      if (!lb) return fail('Select the Network Load Balancer that fronts the service')
      return ok({ kind: 'endpointService', id: freshId(ctx.project, `${lb.id}-svc`), name: freshName(ctx.project, 'endpointService', `${lb.name}-service`), loadBalancers: [lb.id] })
    },
  },
  workload: {
    kind: 'workload',
    create: (ctx) => {
      const subnet = pickOf(ctx, 'subnet')
      if (!subnet) return fail('Select the subnet the workload runs in')
      return ok({ kind: 'workload', id: freshId(ctx.project, `${subnet.id}-wl`), name: freshName(ctx.project, 'workload', 'app'), subnet: subnet.id })
    },
  },
}

/** Palette order: the registry's, which lists containers before their contents. */
export const paletteOrder: readonly Kind[] = kindNames
