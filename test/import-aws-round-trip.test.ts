import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { generateDesign } from '../scripts/generator/generate'
import { importAwsDescribe } from '../shared/importers/aws'
import { type Project, loadProject, serializeProject } from '../shared/model'
import { projectToDescribe } from './helpers/project-to-describe'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The network part of a design as comparable data: ids of accounts follow the importer's naming;
 * what describe-* does not carry (account names, descriptions other than security groups', route
 * descriptions) and external ids are left out.
 */
function network(project: Project): Record<string, unknown>[] {
  const accountIds = new Map(project.resources.flatMap((r) => (r.kind === 'account' ? [[r.id, `account-${r.accountId}`]] : [])))
  const text = serializeProject(project).replace(/"([^"]+)"/g, (m, s: string) => (accountIds.has(s) ? `"${accountIds.get(s)}"` : m))
  const doc = JSON.parse(text) as { resources: Record<string, unknown>[] }
  return doc.resources.map(comparable).sort((a, b) => (`${a.kind}/${a.id}` < `${b.kind}/${b.id}` ? -1 : 1))
}

function comparable(resource: Record<string, unknown>): Record<string, unknown> {
  const { externalId: _e, description, ...r } = resource
  if (r.kind === 'securityGroup' && description) r.description = description
  if (r.kind === 'account') r.name = ''
  if (r.kind === 'routeTable' && Array.isArray(r.routes)) r.routes = (r.routes as Record<string, unknown>[]).map(({ description: _d, ...route }) => route)
  return r
}

describe('describe-* round trip: a design written as AWS would print it imports back unchanged', () => {
  it('a generated 60-VPC design (peerings across accounts and Regions, TGWs, NAT gateways)', () => {
    const design = generateDesign({ vpcs: 60, seed: 3 })
    const r = importAwsDescribe(projectToDescribe(design))
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)))
    expect(network(r.project)).toEqual(network(design))
    expect(r.report.skipped).toEqual([])
    expect(r.report.notUnderstood).toEqual([])
    // Cross-account or cross-Region peerings are listed by both sides and merged.
    expect(r.report.merged.length).toBeGreaterThan(0)
    expect(r.report.merged.every((e) => e.item.startsWith('pcx-'))).toBe(true)
  })

  it.each(['hub-and-spoke', 'peering', 'privatelink'])('the %s example keeps every network resource it can express', async (name) => {
    const loaded = loadProject(await readFile(path.join(root, 'examples', `${name}.netdraft.json`), 'utf8'))
    if (!loaded.ok) throw new Error(`example ${name} does not load`)
    const r = importAwsDescribe(projectToDescribe(loaded.project))
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)))
    const expressible = new Set(['vpc', 'subnet', 'routeTable', 'networkAcl', 'securityGroup', 'internetGateway', 'egressOnlyInternetGateway', 'natGateway', 'peeringConnection', 'transitGateway', 'tgwRouteTable', 'tgwVpcAttachment', 'tgwPeeringAttachment', 'gatewayEndpoint'])
    const pick = (p: Project) => network(p).filter((res) => expressible.has(res.kind as string))
    expect(pick(r.project)).toEqual(pick(loaded.project))
  })
})
