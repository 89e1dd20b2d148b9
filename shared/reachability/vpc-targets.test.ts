import { describe, expect, it } from 'vitest'
import { ReachabilityContext } from './context'
import { Leg } from './leg'
import { design } from './test-helpers/design'
import { viaGatewayEndpoint, viaNat } from './vpc-targets'
import type { Arrival } from './leg'

/**
 * The checks that depend on how a packet entered the VPC, driven directly: whole-design queries
 * rarely get such packets this far (VGWs advertise only their VPC, peering delivers locally).
 */
function setup() {
  const p = design()
    .vpc('v', '10.0.0.0/16')
    .subnet('pub', 'v', '10.0.0.0/24', { routeTable: 'rt-pub' })
    .subnet('app', 'v', '10.0.1.0/24', { routeTable: 'rt-app' })
    .routeTable('rt-pub', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'igw']])
    .routeTable('rt-app', 'v', [['10.0.0.0/16', 'local'], ['0.0.0.0/0', 'nat']])
    .igw('igw', 'v').nat('nat', 'pub')
    .resource('gatewayEndpoint', 'vpce-s3', { vpc: 'v', service: 's3', routeTables: ['rt-app'] })
    .build()
  const ctx = new ReachabilityContext(p)
  const vpc = ctx.vpc('v')!
  const table = ctx.index.getOf('routeTable', 'rt-app')!
  const subnet = ctx.index.getOf('subnet', 'app')!
  return { ctx, vpc, table, subnet }
}

describe('arrival-dependent targets', () => {
  it.each<[Arrival, boolean]>([
    ['origin', true],
    ['tgw', true],
    ['peering', false],
    ['vgw', false],
  ])('NAT gateway with a packet that arrived from %s: accepted = %s', (arrival, ok) => {
    const { ctx, vpc, table, subnet } = setup()
    const leg = new Leg(ctx, { src: { family: 4, value: ctx.holdersBySubnet.get('app')![0].v4.value }, dst: ctx.internetV4 }, false)
    viaNat(leg, ctx.index.getOf('natGateway', 'nat')!, { vpc, table, subnet, arrival })
    if (ok) expect(leg.terminal?.type).toBe('internet')
    else expect(leg.failure?.ruleId).toBe('natgw-no-edge-ingress')
  })

  it.each<[Arrival, boolean]>([
    ['origin', true],
    ['tgw', false],
    ['vgw', false],
  ])('gateway endpoint with a packet that arrived from %s: accepted = %s', (arrival, ok) => {
    const { ctx, vpc, table, subnet } = setup()
    const leg = new Leg(ctx, { src: { family: 4, value: ctx.holdersBySubnet.get('app')![0].v4.value }, dst: ctx.internetV4, service: 's3' }, false)
    viaGatewayEndpoint(leg, ctx.index.getOf('gatewayEndpoint', 'vpce-s3')!, { vpc, table, subnet, arrival })
    if (ok) expect(leg.terminal?.type).toBe('service')
    else expect(leg.failure?.ruleId).toBe('vpce-gateway-not-transitive')
  })
})
