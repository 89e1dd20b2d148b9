import { type Resource, kinds } from '../model/kinds'

/**
 * How messages name a resource: its kind title and name, plus the block for VPCs and subnets,
 * e.g. "VPC prod-a (10.0.0.0/16)", "subnet app-1 (10.0.1.0/24)", "NAT gateway nat-a".
 */
export function nameOf(r: Resource | undefined, fallbackId = '?'): string {
  if (!r) return `"${fallbackId}" (missing)`
  const title = kinds[r.kind].title
  // "Internet gateway" reads "internet gateway" mid-sentence; acronyms (VPC, NAT, TGW) stay as they are.
  const lead = /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title
  if (r.kind === 'vpc' || r.kind === 'subnet') return `${lead} ${r.name} (${r.cidr})`
  return `${lead} ${r.name}`
}

/** Like `nameOf`, capitalised for the start of a sentence. */
export function NameOf(r: Resource | undefined, fallbackId = '?'): string {
  const text = nameOf(r, fallbackId)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
