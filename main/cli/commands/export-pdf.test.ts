import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfFonts, pdfInfo, pdfText } from '../../../shared/exporters/test-helpers/poppler'
import { cli, repoRoot } from '../../../test/helpers/cli'
import { UsageError } from '../command'
import { parseDate } from './export-pdf'

const design = path.join(repoRoot, 'examples/privatelink.netdraft.json')

describe('netdraft export pdf', () => {
  it('writes an A3 landscape PDF fitted to one page plus the appendix', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-pdf-'))
    const r = await cli(['export', 'pdf', design, '-o', 'out.pdf', '--page', 'A3', '--landscape', '--fit', '--date', '2026-02-03'], dir)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^wrote out\.pdf \(2 pages, 1191×842 pt, \d+ bytes\)\n$/)
    const bytes = readFileSync(path.join(dir, 'out.pdf'))
    const info = pdfInfo(bytes)
    expect(info.pages).toBe(2)
    expect(pdfText(bytes)).toContain('exported 2026-02-03')
    expect(pdfFonts(bytes).every((f) => f.name.includes('NetdraftSans') && f.embedded)).toBe(true)
  })

  it('leaves out the appendix and accepts the print theme, Letter pages and the standard font', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-pdf-'))
    const r = await cli(['export', 'pdf', design, '-o', 'out.pdf', '--page', 'letter', '--portrait', '--fit', '--no-appendix', '--theme', 'print', '--standard-font'], dir)
    expect(r.code).toBe(0)
    const info = pdfInfo(readFileSync(path.join(dir, 'out.pdf')))
    expect(info.pages).toBe(1)
    expect(info.sizes[0]).toEqual([612, 792])
    expect(pdfFonts(readFileSync(path.join(dir, 'out.pdf'))).map((f) => f.name)).toContain('Helvetica')
  })

  it('rejects bad usage with exit 2', async () => {
    const page = await cli(['export', 'pdf', design, '-o', 'x.pdf', '--page', 'B5'])
    expect(page.code).toBe(2)
    expect(page.err).toContain('--page must be one of A4, A3, Letter, fit')
    expect((await cli(['export', 'pdf', design, '-o', 'x.pdf', '--landscape', '--portrait'])).err).toContain('not both')
    expect((await cli(['export', 'pdf', design, '-o', 'x.pdf', '--theme', 'dark'])).err).toContain('--theme must be one of light, print')
    expect((await cli(['export', 'pdf', design])).err).toContain('needs -o OUT.pdf')
  })

  it('takes the date from --date, else SOURCE_DATE_EPOCH', () => {
    expect(parseDate('2026-05-06', '0').toISOString()).toBe('2026-05-06T00:00:00.000Z')
    expect(parseDate(undefined, '86400').toISOString()).toBe('1970-01-02T00:00:00.000Z')
    expect(() => parseDate('06/05/2026', undefined)).toThrow(UsageError)
  })
})
