import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../../test/helpers/cli'
import { serializeProject } from '../../../shared/model'
import { design } from '../../../shared/validation/test-helpers/design'

function write(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-validate-'))
  writeFileSync(path.join(dir, 'd.netdraft.json'), text)
  return { dir, file: 'd.netdraft.json' }
}

const clean = design().vpc('a', '10.0.0.0/16').subnet('s', 'a', '10.0.1.0/24').build()
// One error (a /15 VPC), one warning (a Docker-range VPC), and a suppressed error.
const broken = design()
  .vpc('big', '10.0.0.0/15')
  .vpc('docker', '172.17.0.0/16')
  .vpc('legacy', '10.8.0.0/29')
  .suppress('vpc-cidr-ipv4-size', 'legacy', 'lab VPC, replaced next quarter')
  .build()

describe('netdraft validate: rules', () => {
  it('prints "no problems" and exits 0 for a clean design', async () => {
    const { dir, file } = write(serializeProject(clean))
    const r = await cli(['validate', file], dir)
    expect(r.code).toBe(0)
    expect(r.out).toBe('d.netdraft.json: no problems\n')
  })

  it('prints one line per finding grouped by resource, accepted ones apart, and exits 1 on an error', async () => {
    const { dir, file } = write(serializeProject(broken))
    const r = await cli(['validate', file], dir)
    expect(r.code).toBe(1)
    const lines = r.out.split('\n')
    expect(lines.filter((l) => /^(error|warning|info) /.test(l))).toEqual([
      expect.stringMatching(/^error +vpc-cidr-ipv4-size +big: VPC big block 10\.0\.0\.0\/15 is larger than \/16/),
      expect.stringMatching(/^warning +vpc-cidr-advisory-range +docker: VPC docker block 172\.17\.0\.0\/16 overlaps 172\.17\.0\.0\/16/),
    ])
    expect(r.out).toMatch(/Accepted \(suppressed in the design\):\n {2}error +vpc-cidr-ipv4-size +legacy: .*\n +reason: lab VPC, replaced next quarter/)
    expect(lines.at(-2)).toBe('d.netdraft.json: 1 error, 1 warning, 0 info, 1 accepted')
  })

  it('exits 0 when the only error is suppressed', async () => {
    const { dir, file } = write(serializeProject(design().vpc('legacy', '10.8.0.0/29').suppress('vpc-cidr-ipv4-size', 'legacy', 'lab').build()))
    const r = await cli(['validate', file], dir)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/no problems \(1 accepted\)/)
  })

  it('filters by --severity and rejects an unknown level', async () => {
    const { dir, file } = write(serializeProject(broken))
    const r = await cli(['validate', file, '--severity', 'error'], dir)
    expect(r.code).toBe(1)
    expect(r.out).not.toMatch(/^warning/m)
    const bad = await cli(['validate', file, '--severity', 'fatal'], dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--severity must be one of error, warning, info/)
  })

  it('prints the documented JSON shape', async () => {
    const { dir, file } = write(serializeProject(broken))
    const r = await cli(['validate', file, '--json'], dir)
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.out)
    expect(Object.keys(doc)).toEqual(['version', 'file', 'summary', 'diagnostics', 'suppressed'])
    expect(doc.summary).toEqual({ errors: 1, warnings: 1, info: 0, suppressed: 1 })
    expect(doc.diagnostics[0]).toEqual({
      severity: 'error',
      ruleId: 'vpc-cidr-ipv4-size',
      messageId: 'tooLarge',
      resourceId: 'big',
      resourceIds: ['big'],
      field: 'cidr',
      message: expect.stringContaining('10.0.0.0/15'),
      fix: expect.stringContaining('/16'),
    })
    expect(doc.suppressed[0]).toMatchObject({ ruleId: 'vpc-cidr-ipv4-size', resourceId: 'legacy', reason: 'lab VPC, replaced next quarter' })
  })

  it('reports schema problems before running rules', async () => {
    const text = serializeProject(clean).replace('"10.0.1.0/24"', '"10.0.1.0/33"')
    const { dir, file } = write(text)
    const r = await cli(['validate', file], dir)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/expected an IPv4 CIDR/)
    expect(r.out).toBe('')
  })

  it('validates the documented JSON example in docs/cli-validate.md against the real output shape', () => {
    const docs = readFileSync(path.resolve(__dirname, '../../../docs/cli-validate.md'), 'utf8')
    const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(docs)![1])
    expect(Object.keys(example)).toEqual(['version', 'file', 'summary', 'diagnostics', 'suppressed'])
    expect(Object.keys(example.diagnostics[0])).toEqual(['severity', 'ruleId', 'messageId', 'resourceId', 'resourceIds', 'field', 'message', 'fix'])
    expect(Object.keys(example.suppressed[0])).toEqual(['severity', 'ruleId', 'messageId', 'resourceId', 'resourceIds', 'field', 'message', 'fix', 'reason'])
  })
})
