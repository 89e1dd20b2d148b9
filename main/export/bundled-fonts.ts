import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Family name the bundled fonts register under in @napi-rs/canvas. */
export const BUNDLED_FONT_FAMILY = 'Netdraft Sans'

export const BUNDLED_FONT_FILES = { regular: 'NetdraftSans-Regular.ttf', bold: 'NetdraftSans-Bold.ttf' } as const

/**
 * The fonts sit next to this module in the source tree (main/export/fonts); the bundled CLI lives
 * in out/cli, so look there relative to the repository as well.
 */
export function bundledFontPath(file: string): string {
  const candidates = [new URL(`./fonts/${file}`, import.meta.url), new URL(`../../main/export/fonts/${file}`, import.meta.url)]
  for (const url of candidates) {
    const path = fileURLToPath(url)
    if (existsSync(path)) return path
  }
  throw new Error(`bundled font ${file} not found (looked in ${candidates.map((u) => fileURLToPath(u)).join(', ')})`)
}

let bytes: { regular: Uint8Array; bold: Uint8Array } | undefined

/** The font files' bytes, for embedding in PDFs. */
export function bundledFontBytes(): { regular: Uint8Array; bold: Uint8Array } {
  bytes ??= { regular: readFileSync(bundledFontPath(BUNDLED_FONT_FILES.regular)), bold: readFileSync(bundledFontPath(BUNDLED_FONT_FILES.bold)) }
  return bytes
}
