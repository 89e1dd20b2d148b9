import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ImportFile } from '../../shared/importers/aws'
import { readImportFolder } from '../../main/import/read-folder'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The Batfish snapshots, used in place (never copied into the repository). */
export const awsDataDir = path.resolve(repoRoot, '../shared/aws-data')

export type Snapshot = 'test-transit-gateway-peering' | 'test-vpc-peering' | 'test-vpc-endpoint-gateway'
export const snapshots: Snapshot[] = ['test-transit-gateway-peering', 'test-vpc-peering', 'test-vpc-endpoint-gateway']

export function readSnapshot(name: Snapshot): Promise<ImportFile[]> {
  return readImportFolder(path.join(awsDataDir, name))
}
