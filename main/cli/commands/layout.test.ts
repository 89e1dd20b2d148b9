import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Scene } from '../../../shared/layout/scene'
import { cli } from '../../../test/helpers/cli'

describe('netdraft layout', () => {
  it('prints the Scene as JSON with --json', async () => {
    const r = await cli(['layout', 'examples/hub-and-spoke.netdraft.json', '--json'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const scene = JSON.parse(r.out) as Scene
    const vpc = scene.elements.find((e) => e.kind === 'vpc')!
    expect(vpc).toEqual(expect.objectContaining({ id: expect.any(String), parentId: expect.stringMatching(/^region:/), x: expect.any(Number), width: expect.any(Number) }))
    const edge = scene.edges[0]!
    expect(edge.points.length).toBeGreaterThanOrEqual(2)
    expect(scene.elements.map((e) => e.id)).toEqual(expect.arrayContaining([edge.source, edge.target]))
  })

  it('prints a readable outline without --json', async () => {
    const r = await cli(['layout', 'examples/peering.netdraft.json'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^examples\/peering\.netdraft\.json: \d+ boxes, 5 edges, /)
    expect(r.out).toMatch(/\n {6}vpc vpc-a {2}at \d+,\d+ {2}size \d+×\d+ {2}"web \/ 10\.10\.0\.0\/16"/)
    expect(r.out).toMatch(/\n {2}peering pcx-ab: vpc-a → vpc-b {2}"web-to-api" {2}\[[\d.,→ ]+\]/)
  })

  it('ignores pins with --no-pins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-layout-'))
    const design = {
      formatVersion: 1,
      name: 'pinned',
      resources: [{ kind: 'onPremNetwork', id: 'dc', name: 'dc', cidrs: ['192.168.0.0/16'] }],
      layout: { pins: { dc: { x: 500, y: 400 } } },
    }
    writeFileSync(path.join(dir, 'd.netdraft.json'), JSON.stringify(design))
    const pinned = JSON.parse((await cli(['layout', 'd.netdraft.json', '--json'], dir)).out) as Scene
    const free = JSON.parse((await cli(['layout', 'd.netdraft.json', '--json', '--no-pins'], dir)).out) as Scene
    expect(pinned.elements[0]).toMatchObject({ x: 500, y: 400 })
    expect(free.elements[0]!.x).not.toBe(500)
  })

  it('exits 2 on an unreadable file or bad usage', async () => {
    expect((await cli(['layout', 'missing.netdraft.json'])).code).toBe(2)
    expect((await cli(['layout'])).code).toBe(2)
  })
})
