import { ICON_SIZE } from '../../layout/style'

/**
 * Advance widths (em) of bold capitals and digits in Helvetica-Bold, which the bundled Netdraft
 * Sans (Liberation Sans) matches metrically. Icon glyphs are short words like `IGW` or `WWW`
 * whose widths vary too much (I is 0.28 em, W 0.94 em) for an average.
 */
const BOLD_CAPS: Readonly<Record<string, number>> = {
  A: 0.722, B: 0.722, C: 0.722, D: 0.722, E: 0.667, F: 0.611, G: 0.778, H: 0.722, I: 0.278, J: 0.556, K: 0.722, L: 0.611, M: 0.833,
  N: 0.722, O: 0.778, P: 0.667, Q: 0.778, R: 0.722, S: 0.667, T: 0.611, U: 0.722, V: 0.667, W: 0.944, X: 0.667, Y: 0.667, Z: 0.611,
}
const OTHER = 0.611

export function glyphWidthEm(glyph: string): number {
  let width = 0
  for (const ch of glyph) width += BOLD_CAPS[ch.toUpperCase()] ?? OTHER
  return width
}

/** Largest font size (half-point steps, at most 9) at which the glyph fits the icon square with 3 units each side. */
export function glyphFontSize(glyph: string): number {
  const fit = (ICON_SIZE - 6) / Math.max(glyphWidthEm(glyph), 1e-6)
  return Math.min(9, Math.floor(fit * 2) / 2)
}
