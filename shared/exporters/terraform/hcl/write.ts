import type { BodyItem, Value } from './ast'

/**
 * Writes HCL the way `terraform fmt` lays it out (hclwrite's formatter): two-space indents, and
 * the `=` of consecutive single-line attributes aligned one space past the longest name. A line
 * that opens a multi-line value, a nested block, a comment or a blank line ends the run, exactly
 * as hclwrite's "assign cell" chains do.
 */

interface Line {
  indent: number
  /** Set on single-line `name = value` lines, the ones hclwrite aligns. */
  key?: string
  text: string
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'endfor', 'endif'])

// eslint-disable-next-line no-control-regex
const PLAIN = /^[^"\\$%\x00-\x1f]*$/

export function quoteString(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    const next = s[i + 1]
    if (c === '\\') out += '\\\\'
    else if (c === '"') out += '\\"'
    else if (c === '\n') out += '\\n'
    else if (c === '\r') out += '\\r'
    else if (c === '\t') out += '\\t'
    // Template sequences would be evaluated; doubling the sigil makes them literal.
    else if ((c === '$' || c === '%') && next === '{') out += c + c
    else if (c < ' ') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    else out += c
  }
  return `${out}"`
}

function objectKey(key: string, quote: boolean): string {
  return !quote && IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : quoteString(key)
}

/** A value as its first-line text plus any further lines (the last one closes the value). */
interface Rendered {
  first: string
  more: Line[]
}

/** Shared by every single-line value: nothing is ever pushed to it. */
const NO_LINES: Line[] = []

function render(value: Value, indent: number): Rendered {
  if (value === null) return { first: 'null', more: NO_LINES }
  if (typeof value === 'string') return { first: quoteString(value), more: NO_LINES }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`HCL has no literal for ${value}`)
    return { first: String(value), more: NO_LINES }
  }
  if (typeof value === 'boolean') return { first: String(value), more: NO_LINES }
  switch (value.type) {
    case 'raw':
      return { first: value.text, more: NO_LINES }
    case 'list':
      return renderList(value.items, value.multiline, indent)
    case 'object':
      return renderObject(value.entries, value.quoteKeys, indent)
    case 'call':
      return renderCall(value.fn, value.args, indent)
  }
}

function renderList(items: readonly Value[], multiline: boolean, indent: number): Rendered {
  if (items.length === 0) return { first: '[]', more: [] }
  if (!multiline) {
    const parts = items.map((item) => render(item, indent))
    if (parts.every((p) => p.more.length === 0)) return { first: `[${parts.map((p) => p.first).join(', ')}]`, more: [] }
  }
  const more: Line[] = []
  for (const item of items) {
    const r = render(item, indent + 1)
    if (r.more.length === 0) more.push({ indent: indent + 1, text: `${r.first},` })
    else {
      more.push({ indent: indent + 1, text: r.first }, ...r.more)
      more[more.length - 1]!.text += ','
    }
  }
  more.push({ indent, text: ']' })
  return { first: '[', more }
}

function renderObject(entries: readonly (readonly [string, Value])[], quoteKeys: boolean, indent: number): Rendered {
  if (entries.length === 0) return { first: '{}', more: [] }
  const more: Line[] = []
  for (const [key, value] of entries) assignment(objectKey(key, quoteKeys), value, indent + 1, more)
  more.push({ indent, text: '}' })
  return { first: '{', more }
}

function renderCall(fn: string, args: readonly Value[], indent: number): Rendered {
  const parts = args.map((a) => render(a, indent))
  const multi = parts.filter((p) => p.more.length > 0)
  if (multi.length === 0) return { first: `${fn}(${parts.map((p) => p.first).join(', ')})`, more: [] }
  const last = parts[parts.length - 1]!
  if (multi.length > 1 || multi[0] !== last) throw new Error(`${fn}(): only the last argument may span lines`)
  const more = last.more.map((l) => ({ ...l }))
  more[more.length - 1]!.text += ')'
  return { first: `${fn}(${parts.map((p) => p.first).join(', ')}`, more }
}

function assignment(key: string, value: Value, indent: number, out: Line[]): void {
  const r = render(value, indent)
  if (r.more.length === 0) out.push({ indent, key, text: r.first })
  else {
    out.push({ indent, text: `${key} = ${r.first}` })
    for (const l of r.more) out.push(l)
  }
}

function bodyLines(items: readonly BodyItem[], indent: number, out: Line[]): void {
  for (const item of items) {
    switch (item.type) {
      case 'attribute':
        assignment(item.name, item.value, indent, out)
        break
      case 'block': {
        const head = item.labels.length === 0 ? item.blockType : `${item.blockType} ${item.labels.map(quoteString).join(' ')}`
        out.push({ indent, text: `${head} {` })
        bodyLines(item.body, indent + 1, out)
        out.push({ indent, text: '}' })
        break
      }
      case 'comment':
        // A text that starts with `#` is a rule line (banners): written without the usual space.
        for (const text of item.text.split('\n')) out.push({ indent, text: text.trim() === '' ? '#' : text.startsWith('#') ? `#${text.trimEnd()}` : `# ${text.trimEnd()}` })
        break
      case 'blank':
        out.push({ indent: 0, text: '' })
        break
    }
  }
}

const INDENT = Array.from({ length: 32 }, (_, i) => '  '.repeat(i))
const segmenter = new Intl.Segmenter()

/** Columns as hclwrite counts them: grapheme clusters. */
function columns(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.length
  let n = 0
  for (const _ of segmenter.segment(text)) n++
  return n
}

function layout(lines: Line[]): string {
  const out: string[] = []
  let i = 0
  while (i < lines.length) {
    if (lines[i]!.key === undefined) {
      const l = lines[i]!
      out.push(l.text === '' ? '' : INDENT[l.indent]! + l.text)
      i++
      continue
    }
    let end = i
    let width = 0
    while (end < lines.length && lines[end]!.key !== undefined) {
      width = Math.max(width, columns(lines[end]!.key!))
      end++
    }
    for (; i < end; i++) {
      const l = lines[i]!
      out.push(`${INDENT[l.indent]}${l.key}${' '.repeat(width - columns(l.key!))} = ${l.text}`)
    }
  }
  return out.join('\n')
}

/** A whole file: top-level items in order, ending with exactly one newline. */
export function writeHcl(items: readonly BodyItem[]): string {
  const lines: Line[] = []
  bodyLines(items, 0, lines)
  const text = layout(lines).replace(/\n{3,}/g, '\n\n').trim()
  return text === '' ? '' : `${text}\n`
}
