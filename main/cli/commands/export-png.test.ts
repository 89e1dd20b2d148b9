import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from '../../../test/helpers/cli'
import { tileName } from './export-png'

const design = path.join(repoRoot, 'examples/peering.netdraft.json')
const pngSize = (file: string) => {
  const b = readFileSync(file)
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [b.readUInt32BE(16), b.readUInt32BE(20)]
}

describe('netdraft export png', () => {
  it('writes a PNG at the asked scale', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-png-'))
    const one = await cli(['export', 'png', design, '-o', 'one.png'], dir)
    expect(one.err).toBe('')
    expect(one.code).toBe(0)
    expect(one.out).toMatch(/^wrote one\.png \(\d+×\d+ px, scale 1\)\n$/)
    const two = await cli(['export', 'png', design, '-o', 'two.png', '--scale', '2', '--transparent', '--theme', 'print', '--no-badges'], dir)
    expect(two.code).toBe(0)
    const [w1, h1] = pngSize(path.join(dir, 'one.png'))
    const [w2, h2] = pngSize(path.join(dir, 'two.png'))
    expect(Math.abs(w2 - 2 * w1)).toBeLessThanOrEqual(1)
    expect(Math.abs(h2 - 2 * h1)).toBeLessThanOrEqual(1)
  })

  it('exports a selection and names unknown ids', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-png-'))
    expect((await cli(['export', 'png', design, '-o', 'sel.png', '--select', 'vpc-a'], dir)).code).toBe(0)
    const bad = await cli(['export', 'png', design, '-o', 'bad.png', '--select', 'vpc-a,vpc-zzz'], dir)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('no element with id "vpc-zzz"')
    expect(readdirSync(dir)).toEqual(['sel.png'])
  })

  it('rejects bad usage with exit 2', async () => {
    expect((await cli(['export', 'png', design])).err).toContain('needs -o OUT.png')
    const scale = await cli(['export', 'png', design, '-o', 'x.png', '--scale', 'big'])
    expect(scale.code).toBe(2)
    expect(scale.err).toContain('--scale must be a number')
    expect((await cli(['export', 'png', design, '-o', 'x.png', '--theme', 'neon'])).err).toContain('--theme must be one of light, dark, print')
    const missing = await cli(['export', 'png', 'nope.netdraft.json', '-o', 'x.png'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('cannot read nope.netdraft.json')
  })

  it('names tiles by row and column', () => {
    expect(tileName('out/diagram.png', 0, 2)).toBe('out/diagram-r1-c3.png')
    expect(tileName('diagram', 1, 0)).toBe('diagram-r2-c1.png')
  })
})
