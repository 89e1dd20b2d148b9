import { ProjectIndex, type Resource, vpcIpv4Cidrs } from '../../../shared/model'
import { contains, isCanonical, overlaps, parseCidr, usableAddresses } from '../../../shared/net/cidr'

/** Live facts under a CIDR field: size, the VPC block that holds it, and overlaps with siblings. */
export function CidrHint({ value, resource, index }: { value: string; resource: Resource; index: ProjectIndex }) {
  const c = parseCidr(value)
  if (!c) return null
  const facts: string[] = []
  if (c.family === 4) facts.push(`${usableAddresses(c).toLocaleString()} usable addresses (${(2 ** (32 - c.prefix)).toLocaleString()} in the block)`)
  if (!isCanonical(c)) facts.push(`host bits set: AWS stores ${c.canonical}`)
  const problems: string[] = []
  if (resource.kind === 'subnet') {
    const vpc = index.getOf('vpc', resource.vpc)
    if (vpc) {
      const holder = vpcIpv4Cidrs(vpc).find((b) => { const p = parseCidr(b); return p && contains(p, c) })
      if (holder) facts.push(`inside VPC block ${holder}`)
      else problems.push(`outside every block of VPC ${vpc.name} (${vpcIpv4Cidrs(vpc).join(', ')})`)
      for (const s of index.childrenOf(vpc.id, 'subnet')) {
        const other = parseCidr(s.cidr)
        if (s.id !== resource.id && other && overlaps(other, c)) problems.push(`overlaps subnet ${s.name} (${s.cidr})`)
      }
    }
  }
  if (resource.kind === 'vpc') {
    for (const v of index.all('vpc')) {
      if (v.id === resource.id) continue
      for (const b of vpcIpv4Cidrs(v)) {
        const other = parseCidr(b)
        if (other && overlaps(other, c)) problems.push(`overlaps VPC ${v.name} (${b})`)
      }
    }
  }
  return (
    <div className="cidr-hint">
      {facts.map((f) => <div key={f}>{f}</div>)}
      {problems.map((p) => <div key={p} className="warn">⚠ {p}</div>)}
    </div>
  )
}
