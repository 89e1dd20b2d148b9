import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { attr, attrs, blank, block, call, comment, list, map, object, raw } from './ast'
import { quoteString, writeHcl } from './write'

/** `terraform fmt` on the text, when the binary is installed; null otherwise. */
function terraformFmt(text: string): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-fmt-'))
  try {
    writeFileSync(path.join(dir, 'main.tf'), text)
    execFileSync('terraform', ['fmt', 'main.tf'], { cwd: dir, stdio: 'ignore' })
    return readFileSync(path.join(dir, 'main.tf'), 'utf8')
  } catch {
    return null
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const sample = writeHcl([
  comment('#'.repeat(79)),
  comment('Section'),
  comment('#'.repeat(79)),
  blank,
  block('resource', ['aws_subnet', 'app-a'], [
    attr('for_each', call('toset', list(['10.0.0.0/24', '10.0.1.0/24'], true))),
    blank,
    attr('provider', raw('aws.network')),
    attr('region', 'eu-west-1'),
    blank,
    attr('vpc_id', raw('aws_vpc.hub.id')),
    attr('cidr_block', raw('each.key')),
    attr('subnet_ids', list([raw('aws_subnet.a.id'), raw('aws_subnet.b.id')], true)),
    attr('map_public_ip_on_launch', false),
    attr('n', 3),
    attr('empty', list([])),
    blank,
    attr('tags', call('merge', raw('var.tags'), object([['cost-center', 'x'], ['aws:app', 'y'], ['Name', 'app "a" ${x} %{y}\\']]))),
    block('lifecycle', [], [attr('ignore_changes', list([raw('tags')]))]),
    attr('values', map([['k1', object([['a', 1], ['bbb', null]])], ['longer-key', 'v']])),
  ]),
])

describe('writeHcl', () => {
  it('aligns = over runs of single-line attributes and breaks runs at blank lines, multi-line values and blocks', () => {
    expect(sample).toContain('  provider = aws.network\n  region   = "eu-west-1"\n')
    // subnet_ids spans lines, so it is not part of either run around it.
    expect(sample).toContain('  vpc_id     = aws_vpc.hub.id\n  cidr_block = each.key\n  subnet_ids = [\n')
    expect(sample).toContain('  ]\n  map_public_ip_on_launch = false\n  n                       = 3\n  empty                   = []\n')
  })

  it('writes merge() with a trailing multi-line object the way terraform fmt indents it', () => {
    expect(sample).toContain(
      '  tags = merge(var.tags, {\n    cost-center = "x"\n    "aws:app"   = "y"\n    Name        = "app \\"a\\" $${x} %%{y}\\\\"\n  })\n',
    )
  })

  it('quotes map keys, writes nested objects one entry per line and ends files with one newline', () => {
    expect(sample).toContain('  values = {\n    "k1" = {\n      a   = 1\n      bbb = null\n    }\n    "longer-key" = "v"\n  }\n}\n')
    expect(sample.endsWith('}\n')).toBe(true)
    expect(sample).not.toContain('\n\n\n')
    expect(sample.startsWith('################################################################################\n# Section\n')).toBe(true)
  })

  it('escapes what HCL would otherwise interpret', () => {
    expect(quoteString('a"b\\c\n${x}%{y}$z%w')).toBe('"a\\"b\\\\c\\n$${x}%%{y}$z%w"')
    expect(quoteString('tab\there')).toBe('"tab\\there"')
  })

  it('counts columns in grapheme clusters, as hclwrite does', () => {
    const text = writeHcl([attr('x', map([['a', 1], ['é👍🏽', 2]]))])
    expect(text).toBe('x = {\n  "a"  = 1\n  "é👍🏽" = 2\n}\n')
    const formatted = terraformFmt(text)
    if (formatted !== null) expect(formatted).toBe(text)
  })

  it('moves multi-line values after single-line ones and drops undefined ones in attrs()', () => {
    const items = attrs([
      ['a', list([raw('x')], true)],
      ['b', undefined],
      ['c', 'v'],
    ])
    expect(items.map((i) => i.name)).toEqual(['c', 'a'])
  })

  it('refuses a call whose multi-line argument is not the last', () => {
    expect(() => writeHcl([attr('x', call('f', object([['a', 1]]), 'b'))])).toThrow(/last argument/)
  })

  it('is exactly what terraform fmt writes (when terraform is installed)', () => {
    const formatted = terraformFmt(sample)
    if (formatted === null) return
    expect(formatted).toBe(sample)
  })
})
