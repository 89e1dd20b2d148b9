import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadProject } from '../../model'
import type { Project } from '../../model/project'
import { emitTerraform } from '.'

const root = path.resolve(__dirname, '../../..')

function hubAndSpoke(): Project {
  const r = loadProject(readFileSync(path.join(root, 'examples/hub-and-spoke.netdraft.json'), 'utf8'))
  if (!r.ok) throw new Error('example does not load')
  return r.project
}

/** Lines only in `before` and lines only in `after`, per file, from a longest-common-subsequence diff. */
function lineDiff(before: Record<string, string>, after: Record<string, string>) {
  const removed: string[] = []
  const added: string[] = []
  for (const file of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = (before[file] ?? '').split('\n')
    const b = (after[file] ?? '').split('\n')
    const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    let i = 0
    let j = 0
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        i++
        j++
      } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(`${file}: ${b[j++]}`)
      else removed.push(`${file}: ${a[i++]}`)
    }
  }
  return { removed, added }
}

const tfOnly = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([f]) => f.endsWith('.tf')))

describe('Terraform output stability', () => {
  it('renaming a subnet changes only its Name tag line', () => {
    const project = hubAndSpoke()
    const before = tfOnly(emitTerraform(project))
    const renamed: Project = {
      ...project,
      resources: project.resources.map((r) => (r.id === 'vpc-prod-a-private-a' ? { ...r, name: 'prod-a-private-renamed' } : r)),
    }
    const diff = lineDiff(before, tfOnly(emitTerraform(renamed)))
    expect(diff.removed).toEqual(['vpc-prod-a.tf:     Name = "prod-a-private-a"'])
    expect(diff.added).toEqual(['vpc-prod-a.tf:     Name = "prod-a-private-renamed"'])
  })

  it('adding a subnet adds lines and changes none', () => {
    const project = hubAndSpoke()
    const before = tfOnly(emitTerraform(project))
    const template = project.resources.find((r) => r.id === 'vpc-prod-a-private-a')!
    if (template.kind !== 'subnet') throw new Error('expected a subnet')
    const added: Project = {
      ...project,
      resources: [...project.resources, { ...template, id: 'vpc-prod-a-private-c-with-a-much-longer-id', name: 'prod-a-private-c', az: 'eu-west-1c', cidr: '10.1.200.0/24' }],
    }
    const diff = lineDiff(before, tfOnly(emitTerraform(added)))
    expect(diff.removed).toEqual([])
    expect(diff.added.length).toBeGreaterThan(10)
    expect(diff.added.some((l) => l.includes('resource "aws_subnet" "vpc-prod-a-private-c-with-a-much-longer-id"'))).toBe(true)
  })

  it('keeps every other resource address when one is removed', () => {
    const project = hubAndSpoke()
    const addresses = (files: Record<string, string>) => new Set(Object.values(files).flatMap((t) => [...t.matchAll(/^resource "(\w+)" "([^"]+)"/gm)].map((m) => `${m[1]}.${m[2]}`)))
    const before = addresses(emitTerraform(project))
    const after = addresses(emitTerraform({ ...project, resources: project.resources.filter((r) => r.id !== 'vpc-dev-b-private-a') }))
    expect([...before].filter((a) => !after.has(a)).sort()).toEqual(['aws_route_table_association.vpc-dev-b-private-a', 'aws_subnet.vpc-dev-b-private-a'])
    expect([...after].filter((a) => !before.has(a))).toEqual([])
  })
})
