import { isRegionCode, regionOfAz } from '../../model'

/** What a file's folders say about where its resources live. */
export interface FolderScope {
  /** The folder holding the file; files of one folder share an inferred Region. */
  dir: string
  account?: string
  region?: string
}

const ACCOUNT_ID = /^\d{12}$/

/**
 * Reads `<account>/<region>/File.json`, `<region>/File.json`, `File.json`, and Batfish's
 * `aws_configs/accounts/<account>/<region>/File.json`, with any sub-folders below: the innermost
 * folder named like a Region gives the Region, and the innermost 12-digit folder above it (or
 * anywhere, without a Region folder) gives the account. Other folders (the snapshot's name,
 * `aws_configs`, `tgw-route-tables`) are ignored.
 */
export function folderScope(filePath: string): FolderScope {
  const folders = filePath.split('/').filter((p) => p !== '' && p !== '.').slice(0, -1)
  const dir = folders.join('/')
  const regionAt = folders.findLastIndex((f) => isRegionCode(f))
  const above = regionAt >= 0 ? folders.slice(0, regionAt) : folders
  const account = above.findLast((f) => ACCOUNT_ID.test(f))
  return { dir, ...(regionAt >= 0 ? { region: folders[regionAt] } : {}), ...(account ? { account } : {}) }
}

const ARN_REGION = /^arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):/
const SERVICE_REGION = /^com\.amazonaws\.([a-z]{2}(?:-[a-z]+)+-\d)\./

/**
 * Region hints inside one parsed file, for folders that do not name their Region: availability
 * zone names, ARNs and AWS service names all carry it. Returns each hint's Region, most common first.
 */
export function regionHints(value: unknown, found: Map<string, number> = new Map(), depth = 0): Map<string, number> {
  if (depth > 12 || value === null || typeof value !== 'object') return found
  if (Array.isArray(value)) {
    for (const item of value) regionHints(item, found, depth + 1)
    return found
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') {
      const region = regionOfHint(key, v)
      if (region) found.set(region, (found.get(region) ?? 0) + 1)
    } else regionHints(v, found, depth + 1)
  }
  return found
}

function regionOfHint(key: string, value: string): string | null {
  if (key === 'AvailabilityZone' || key === 'ZoneName') return regionOfAz(value)
  if (key === 'RegionName' || key === 'Region') return isRegionCode(value) ? value : null
  const arn = ARN_REGION.exec(value)?.[1] ?? SERVICE_REGION.exec(value)?.[1]
  return arn && isRegionCode(arn) ? arn : null
}

/** The most frequent Region among hints; ties go to the alphabetically first, so the result is stable. */
export function likeliestRegion(hints: Map<string, number>): string | undefined {
  let best: string | undefined
  let bestCount = 0
  for (const [region, count] of [...hints].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count > bestCount) {
      best = region
      bestCount = count
    }
  }
  return best
}
