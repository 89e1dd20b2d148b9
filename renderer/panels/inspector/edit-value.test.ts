import { describe, expect, it } from 'vitest'
import { type Resource, loadProject } from '../../../shared/model'
import { editValue } from './edit-value'

const table = {
  kind: 'routeTable', id: 'rt', name: 't', vpc: 'v1', main: false, propagatingVgws: [], edgeAssociations: [], tags: {},
  routes: [{ destination: '0.0.0.0/0', target: 'local' }],
} as unknown as Resource
const sg = { kind: 'securityGroup', id: 'sg', name: 'sg', vpc: 'v1', tags: {}, egress: [], ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidr: '10.0.0.0/8' }] } as unknown as Resource
const vpce = { kind: 'interfaceEndpoint', id: 'e', name: 'e', vpc: 'v1', service: 'com.amazonaws.eu-west-1.ssm', subnets: [], securityGroups: [], privateDns: false, state: 'accepted', tags: {} } as unknown as Resource

describe('editValue', () => {
  it('applies a value the schema accepts', () => {
    const r = editValue(table, ['routes', 0, 'destination'], '10.0.0.0/8')
    expect(r.ok && (r.next as { routes: { destination: string }[] }).routes[0].destination).toBe('10.0.0.0/8')
  })

  it('refuses a value the schema rejects, naming the problem, whatever editor sent it', () => {
    expect(editValue(table, ['routes', 0, 'destination'], '10.0.0.0/33')).toMatchObject({ ok: false, error: expect.any(String) })
    expect(editValue(table, ['name'], '')).toMatchObject({ ok: false })
    expect(editValue(sg, ['ingress', 0, 'fromPort'], 70000)).toMatchObject({ ok: false })
  })

  it('switches a route from a CIDR to a prefix list in one valid edit', () => {
    const r = editValue(table, ['routes', 0, 'destinationPrefixList'], 'pl-1')
    expect(r.ok && (r.next as { routes: unknown[] }).routes[0]).toEqual({ destinationPrefixList: 'pl-1', target: 'local' })
    // Clearing the only destination is refused: a route needs one.
    expect(editValue(table, ['routes', 0, 'destination'], undefined)).toMatchObject({ ok: false, error: expect.stringMatching(/exactly one/) })
  })

  it('switches a security group rule peer and an interface endpoint service the same way', () => {
    const rule = editValue(sg, ['ingress', 0, 'securityGroup'], 'sg-other')
    expect(rule.ok && (rule.next as { ingress: unknown[] }).ingress[0]).toEqual({ protocol: 'tcp', fromPort: 443, toPort: 443, securityGroup: 'sg-other' })
    const endpoint = editValue(vpce, ['endpointService'], 'svc-1')
    expect(endpoint.ok && endpoint.next).toMatchObject({ endpointService: 'svc-1' })
    expect(endpoint.ok && 'service' in endpoint.next).toBe(false)
  })

  it('leaves same-named fields of other kinds alone (a subnet cidr is not a rule peer)', () => {
    const subnet = { kind: 'subnet', id: 's', name: 's', vpc: 'v1', az: 'eu-west-1a', cidr: '10.0.0.0/24', tags: {}, mapPublicIpOnLaunch: false } as unknown as Resource
    const r = editValue(subnet, ['cidr'], '10.0.1.0/24')
    expect(r.ok && r.next).toMatchObject({ cidr: '10.0.1.0/24' })
  })

  it('never produces a resource the file loader rejects', () => {
    const r = editValue(table, ['routes', 0, 'destinationPrefixList'], 'pl-1')
    if (!r.ok) throw new Error(r.error)
    const project = {
      formatVersion: 1, name: 'x', suppressions: [], layout: { pins: {} }, view: {},
      resources: [
        { kind: 'account', id: 'a', name: 'a', accountId: '111111111111' },
        { kind: 'vpc', id: 'v1', name: 'v', account: 'a', region: 'eu-west-1', cidr: '10.0.0.0/16' },
        { kind: 'prefixList', id: 'pl-1', name: 'pl', region: 'eu-west-1', entries: [] },
        r.next,
      ],
    }
    const loaded = loadProject(JSON.stringify(project))
    expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems)).toBe(true)
  })
})
