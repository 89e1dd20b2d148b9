/**
 * AWS commercial Regions and the letters of their availability zones as AWS lists them for a new
 * account. AZ names (us-east-1a) map to physical zones per account; AZ IDs (use1-az1) do not, so
 * designs that span accounts may record `azId` on subnets as well.
 */
export const regions = {
  'us-east-1': { name: 'US East (N. Virginia)', azs: 'abcdef', azIdPrefix: 'use1' },
  'us-east-2': { name: 'US East (Ohio)', azs: 'abc', azIdPrefix: 'use2' },
  'us-west-1': { name: 'US West (N. California)', azs: 'ac', azIdPrefix: 'usw1' },
  'us-west-2': { name: 'US West (Oregon)', azs: 'abcd', azIdPrefix: 'usw2' },
  'ca-central-1': { name: 'Canada (Central)', azs: 'abd', azIdPrefix: 'cac1' },
  'ca-west-1': { name: 'Canada West (Calgary)', azs: 'abc', azIdPrefix: 'caw1' },
  'mx-central-1': { name: 'Mexico (Central)', azs: 'abc', azIdPrefix: 'mxc1' },
  'sa-east-1': { name: 'South America (São Paulo)', azs: 'abc', azIdPrefix: 'sae1' },
  'eu-west-1': { name: 'Europe (Ireland)', azs: 'abc', azIdPrefix: 'euw1' },
  'eu-west-2': { name: 'Europe (London)', azs: 'abc', azIdPrefix: 'euw2' },
  'eu-west-3': { name: 'Europe (Paris)', azs: 'abc', azIdPrefix: 'euw3' },
  'eu-central-1': { name: 'Europe (Frankfurt)', azs: 'abc', azIdPrefix: 'euc1' },
  'eu-central-2': { name: 'Europe (Zurich)', azs: 'abc', azIdPrefix: 'euc2' },
  'eu-north-1': { name: 'Europe (Stockholm)', azs: 'abc', azIdPrefix: 'eun1' },
  'eu-south-1': { name: 'Europe (Milan)', azs: 'abc', azIdPrefix: 'eus1' },
  'eu-south-2': { name: 'Europe (Spain)', azs: 'abc', azIdPrefix: 'eus2' },
  'me-south-1': { name: 'Middle East (Bahrain)', azs: 'abc', azIdPrefix: 'mes1' },
  'me-central-1': { name: 'Middle East (UAE)', azs: 'abc', azIdPrefix: 'mec1' },
  'il-central-1': { name: 'Israel (Tel Aviv)', azs: 'abc', azIdPrefix: 'ilc1' },
  'af-south-1': { name: 'Africa (Cape Town)', azs: 'abc', azIdPrefix: 'afs1' },
  'ap-east-1': { name: 'Asia Pacific (Hong Kong)', azs: 'abc', azIdPrefix: 'ape1' },
  'ap-east-2': { name: 'Asia Pacific (Taipei)', azs: 'abc', azIdPrefix: 'ape2' },
  'ap-south-1': { name: 'Asia Pacific (Mumbai)', azs: 'abc', azIdPrefix: 'aps1' },
  'ap-south-2': { name: 'Asia Pacific (Hyderabad)', azs: 'abc', azIdPrefix: 'aps2' },
  'ap-northeast-1': { name: 'Asia Pacific (Tokyo)', azs: 'acd', azIdPrefix: 'apne1' },
  'ap-northeast-2': { name: 'Asia Pacific (Seoul)', azs: 'abcd', azIdPrefix: 'apne2' },
  'ap-northeast-3': { name: 'Asia Pacific (Osaka)', azs: 'abc', azIdPrefix: 'apne3' },
  'ap-southeast-1': { name: 'Asia Pacific (Singapore)', azs: 'abc', azIdPrefix: 'apse1' },
  'ap-southeast-2': { name: 'Asia Pacific (Sydney)', azs: 'abc', azIdPrefix: 'apse2' },
  'ap-southeast-3': { name: 'Asia Pacific (Jakarta)', azs: 'abc', azIdPrefix: 'apse3' },
  'ap-southeast-4': { name: 'Asia Pacific (Melbourne)', azs: 'abc', azIdPrefix: 'apse4' },
  'ap-southeast-5': { name: 'Asia Pacific (Malaysia)', azs: 'abc', azIdPrefix: 'apse5' },
  'ap-southeast-7': { name: 'Asia Pacific (Thailand)', azs: 'abc', azIdPrefix: 'apse7' },
} as const satisfies Record<string, { name: string; azs: string; azIdPrefix: string }>

export type RegionCode = keyof typeof regions
export const regionCodes = Object.keys(regions) as RegionCode[]

export function isRegionCode(code: string): code is RegionCode {
  return Object.hasOwn(regions, code)
}

/** AZ names of a Region, e.g. `['eu-west-1a', 'eu-west-1b', 'eu-west-1c']`. */
export function availabilityZones(region: string): string[] {
  if (!isRegionCode(region)) return []
  return [...regions[region].azs].map((letter) => `${region}${letter}`)
}

/**
 * The Region an AZ name belongs to (`us-east-1a` → `us-east-1`), or null when it names none.
 * Any zone letter is accepted: older accounts see letters that new accounts do not.
 */
export function regionOfAz(az: string): RegionCode | null {
  const region = az.slice(0, -1)
  return isRegionCode(region) && /^[a-z]$/.test(az.slice(-1)) ? region : null
}
