import { describe, expect, it } from 'vitest'
import type { Resource } from '../../../shared/model'
import { fieldErrors, fieldsOf, refKindsAt } from './fields'

const subnet = { kind: 'subnet', id: 's1', name: 'a', vpc: 'v1', az: 'eu-west-1a', cidr: '10.0.0.0/24', tags: {}, mapPublicIpOnLaunch: false } as Resource
const table = { kind: 'routeTable', id: 'rt', name: 't', vpc: 'v1', main: false, routes: [], propagatingVgws: [], edgeAssociations: [], tags: {} } as Resource

describe('inspector fields from the schema', () => {
  it('describes a subnet: references with their kinds, enums, booleans, text', () => {
    const f = Object.fromEntries(fieldsOf('subnet', subnet))
    expect(f.vpc).toEqual({ type: 'ref', kinds: ['vpc'], optional: false })
    expect(f.routeTable).toEqual({ type: 'ref', kinds: ['routeTable'], optional: true })
    expect(f.cidr).toEqual({ type: 'text', optional: false })
    expect(f.mapPublicIpOnLaunch).toEqual({ type: 'boolean' })
    expect(f.tags).toEqual({ type: 'tags' })
    expect(f.id).toBeUndefined()
  })

  it('describes route rows with a target picker limited to valid target kinds plus local', () => {
    const f = Object.fromEntries(fieldsOf('routeTable', table))
    expect(f.routes.type).toBe('objectList')
    const target = (f.routes as { item: Record<string, unknown> }).item.target
    expect(target).toMatchObject({ type: 'ref', extra: ['local'] })
    expect((target as { kinds: string[] }).kinds).toContain('peeringConnection')
    expect((target as { kinds: string[] }).kinds).not.toContain('subnet')
    expect(f.propagatingVgws).toEqual({ type: 'refList', kinds: ['vpnGateway'] })
  })

  it('finds no reference kinds for plain fields', () => {
    expect(refKindsAt(subnet, ['name'])).toBeUndefined()
  })

  it('reports schema errors per field path', () => {
    expect(fieldErrors({ ...subnet, cidr: '10.0.0.0/99' } as Resource).get('cidr')).toMatch(/IPv4 CIDR/)
    expect(fieldErrors(subnet).size).toBe(0)
  })
})
