import { describe, expect, it } from 'vitest'
import { ReachabilityContext } from './context'
import { ReachInputError } from './endpoints'
import { resolveEndpoint } from './resolve'
import { analyzeReachability } from './analyze'
import { design } from './test-helpers/design'

const ctx = new ReachabilityContext(
  design()
    .vpc('vpc-1', '10.0.0.0/16', { name: 'prod', externalId: 'vpc-0a1b2c3d' })
    .subnet('sub-1', 'vpc-1', '10.0.1.0/24', { name: 'app' })
    .subnet('sub-2', 'vpc-1', '10.0.2.0/24', { name: 'App' })
    .workload('w1', 'sub-1', { name: 'web', externalId: 'i-0123' })
    .workload('w2', 'sub-2', { name: 'web' })
    .onPrem('dc', ['192.168.0.0/16'])
    .routeTable('rt', 'vpc-1', [['10.0.0.0/16', 'local']], { main: true })
    .build(),
)

describe('resolveEndpoint', () => {
  it.each([
    ['internet', { type: 'internet' }],
    ['s3', { type: 'service', service: 's3' }],
    ['dynamodb', { type: 'service', service: 'dynamodb' }],
    ['10.0.1.20', { type: 'address', address: '10.0.1.20' }],
    ['2600:1f18::1', { type: 'address', address: '2600:1f18::1' }],
    ['sub-1', { type: 'subnet', subnet: 'sub-1' }],
    ['vpc-0a1b2c3d', { type: 'vpc', vpc: 'vpc-1' }],
    ['prod', { type: 'vpc', vpc: 'vpc-1' }],
    ['i-0123', { type: 'resource', resource: 'w1' }],
    ['dc', { type: 'onPrem', network: 'dc' }],
    ['com.amazonaws.eu-west-1.ssm', { type: 'service', service: 'com.amazonaws.eu-west-1.ssm' }],
  ])('reads %s', (text, expected) => {
    expect(resolveEndpoint(ctx, text)).toEqual(expected)
  })

  it('prefers the exact-case name, then any case', () => {
    expect(resolveEndpoint(ctx, 'App')).toEqual({ type: 'subnet', subnet: 'sub-2' })
    expect(resolveEndpoint(ctx, 'app')).toEqual({ type: 'subnet', subnet: 'sub-1' })
  })

  it.each([
    ['web', /names several resources: w1 \(workload\), w2 \(workload\)/],
    ['nothing-here', /no resource with id, AWS id or name "nothing-here"/],
    ['rt', /rt is a routeTable/],
  ])('refuses %s', (text, message) => {
    expect(() => resolveEndpoint(ctx, text)).toThrow(ReachInputError)
    expect(() => resolveEndpoint(ctx, text)).toThrow(message)
  })

  it('refuses flows that cannot start where asked', () => {
    expect(() => analyzeReachability(ctx, { from: { type: 'service', service: 's3' }, to: { type: 'subnet', subnet: 'sub-1' } })).toThrow(/cannot start a flow/)
    expect(() => analyzeReachability(ctx, { from: { type: 'subnet', subnet: 'sub-1' }, to: { type: 'internet' }, family: 6 })).toThrow(/has no IPv6 block/)
  })
})
