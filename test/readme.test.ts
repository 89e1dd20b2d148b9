import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, repoRoot } from './helpers/cli'

/** Every README block that starts with `$ netdraft …` shows what that command prints today. */
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
const blocks = [...readme.matchAll(/```\n\$ netdraft ([^\n]+)\n([\s\S]*?)```/g)].map((m) => ({ args: m[1].split(/\s+/), shown: m[2] }))

describe('README command outputs', () => {
  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2)
  })
  it.each(blocks.map((b) => [b.args.join(' '), b] as const))('netdraft %s prints what the README shows', async (_, block) => {
    const r = await cli(block.args)
    const tidy = (t: string) => t.split('\n').map((l) => l.trimEnd()).join('\n').trim()
    expect(tidy(r.out)).toBe(tidy(block.shown))
  })
})
