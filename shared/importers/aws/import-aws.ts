import { CURRENT_FORMAT_VERSION, SCHEMA_ID, kindNames, loadProjectValue } from '../../model'
import { ImportContext } from './context'
import { linkGatewayEndpoints, mapPrefixLists, mapVpcEndpoints } from './map-endpoints'
import { mapPeerings } from './map-peering'
import { mapRouteTables } from './map-route-tables'
import { mapNetworkAcls, mapSecurityGroups } from './map-security'
import { mapTgwAttachments, mapTgwRoutes, mapTransitGateways } from './map-tgw'
import { mapInternetGateways, mapNatGateways, mapSubnets, mapVpcAttributes, mapVpcs } from './map-vpcs'
import { mapVpn } from './map-vpn'
import { mapWorkloads } from './map-workloads'
import { readFiles } from './read-files'
import type { AwsImportResult, ImportFile, ImportOptions } from './types'

const kindOrder = new Map<string, number>(kindNames.map((k, i) => [k, i]))

/**
 * Turns a folder of `aws ec2 describe-*` outputs into a design and a report of what was imported,
 * skipped, merged and not understood. Pure: the caller reads the files. Malformed input (bad JSON,
 * a list that is not a list, an item without its id) fails the whole import with file, line and
 * column; nothing is imported half-way.
 */
export function importAwsDescribe(files: readonly ImportFile[], options: ImportOptions = {}): AwsImportResult {
  const read = readFiles(files)
  if (read.errors.length > 0) return { ok: false, errors: read.errors }
  const ctx = new ImportContext(read, files.length)
  // Order matters: each step only references resources made by earlier ones.
  mapPrefixLists(ctx)
  mapVpcs(ctx)
  mapVpcAttributes(ctx)
  mapSubnets(ctx)
  mapSecurityGroups(ctx)
  mapNetworkAcls(ctx)
  mapInternetGateways(ctx)
  mapNatGateways(ctx)
  mapTransitGateways(ctx)
  mapVpn(ctx)
  mapTgwAttachments(ctx)
  mapTgwRoutes(ctx)
  mapPeerings(ctx)
  const endpointTables = mapVpcEndpoints(ctx)
  mapWorkloads(ctx)
  mapRouteTables(ctx)
  linkGatewayEndpoints(ctx, endpointTables)
  if (ctx.errors.length > 0) return { ok: false, errors: ctx.errors }

  const resources = [...ctx.resources.values()].sort((a, b) => kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const loaded = loadProjectValue({
    $schema: SCHEMA_ID,
    formatVersion: CURRENT_FORMAT_VERSION,
    name: options.name?.trim() || 'Imported AWS network',
    resources,
    suppressions: [],
  })
  if (!loaded.ok) {
    // Every mapper checks what it writes; reaching this is an importer bug, reported against the input object.
    return {
      ok: false,
      errors: loaded.problems.map((p) => {
        const source = p.resourceId ? ctx.report.sources[p.resourceId] : undefined
        return { file: source?.file ?? '(import)', path: source?.path, message: `cannot import ${p.resourceId ?? p.path}${p.field ? ` field ${p.field}` : ''}: ${p.message}` }
      }),
    }
  }
  return { ok: true, project: loaded.project, report: ctx.report }
}
