import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * PDF checks through poppler-utils (pdfinfo, pdftotext, pdftoppm), the tools a reviewer's machine
 * uses. CI needs `apt-get install -y poppler-utils`; without it these tests fail saying so.
 */

function withPdf<T>(bytes: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-pdf-'))
  const file = path.join(dir, 'doc.pdf')
  writeFileSync(file, bytes)
  try {
    return fn(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils (apt-get install -y poppler-utils) to run the PDF tests`, { cause: e })
    throw e
  }
}

export interface PdfInfo {
  readonly pages: number
  /** Width × height in points, one per page. */
  readonly sizes: readonly (readonly [number, number])[]
}

export function pdfInfo(bytes: Uint8Array): PdfInfo {
  return withPdf(bytes, (file) => {
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))![1])
    const text = run('pdfinfo', ['-f', '1', '-l', String(pages), file])
    const sizes = [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as const)
    return { pages, sizes }
  })
}

/** The text pdftotext extracts, pages separated by form feeds. */
export function pdfText(bytes: Uint8Array): string {
  return withPdf(bytes, (file) => run('pdftotext', ['-layout', file, '-']))
}

/** Renders one page to PNG bytes at `dpi`. */
export function pdfPagePng(bytes: Uint8Array, page: number, dpi: number): Buffer {
  return withPdf(bytes, (file, dir) => {
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', file, path.join(dir, 'page')])
    return execFileSync('cat', [path.join(dir, 'page.png')], { maxBuffer: 256 * 1024 * 1024 })
  })
}

/** Font names pdffonts lists, with whether each is embedded. */
export function pdfFonts(bytes: Uint8Array): { name: string; embedded: boolean }[] {
  return withPdf(bytes, (file) =>
    run('pdffonts', [file])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const cols = line.trim().split(/\s+/)
        return { name: cols[0], embedded: cols.at(-5) === 'yes' }
      }),
  )
}
