import type { jsPDF } from 'jspdf'

/** TrueType files to embed so PDF text is drawn with the same glyphs as the CLI's PNG. */
export interface PdfFontFiles {
  readonly regular: Uint8Array
  readonly bold: Uint8Array
}

/** Helvetica: one of the 14 fonts every PDF reader has, metric-compatible with the bundled font. */
export const STANDARD_FONT = 'helvetica'
const EMBEDDED_FONT = 'NetdraftSans'

/**
 * Registers the font files with the document and returns the family name to draw with: the
 * embedded one (Identity-H with a ToUnicode map, so text stays searchable and covers → and
 * other characters WinAnsi lacks), or Helvetica when no files are given.
 */
export function registerPdfFonts(doc: jsPDF, files: PdfFontFiles | undefined): string {
  if (!files) return STANDARD_FONT
  for (const [style, bytes] of [['normal', files.regular], ['bold', files.bold]] as const) {
    const name = `${EMBEDDED_FONT}-${style}.ttf`
    doc.addFileToVFS(name, base64(bytes))
    doc.addFont(name, EMBEDDED_FONT, style)
  }
  return EMBEDDED_FONT
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** shared/ has neither Buffer nor btoa in its type environment; fonts are small, so a plain encoder does. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0
    const n = (a << 16) | (b << 8) | c
    out.push(ALPHABET[(n >> 18) & 63], ALPHABET[(n >> 12) & 63], i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=', i + 2 < bytes.length ? ALPHABET[n & 63] : '=')
  }
  return out.join('')
}
