import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser'

export interface TextPosition {
  line: number
  column: number
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** The first syntax error of a text that JSON.parse rejected, with its position and a plain message. */
export function locateSyntaxError(text: string): { message: string; position: TextPosition } {
  const errors: ParseError[] = []
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false })
  const first = errors[0]
  if (!first) return { message: 'not valid JSON', position: positionAt(text, text.length) }
  const words = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  const atEnd = first.offset + first.length >= text.trimEnd().length || words.startsWith('unexpected end')
  const message = atEnd ? `${words} at the end of the file: is the file truncated?` : words
  return { message, position: positionAt(text, first.offset) }
}

/** Maps JSON paths to positions in the original text; built lazily, only when a problem needs one. */
export class JsonLocator {
  private root: Node | undefined | null = null
  constructor(private readonly text: string) {}

  positionOf(path: readonly (string | number)[]): TextPosition | undefined {
    if (this.root === null) this.root = parseTree(this.text)
    if (!this.root) return undefined
    // Fall back to the nearest ancestor that exists (a missing field points at its object).
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.root, path.slice(0, n) as (string | number)[])
      if (node) return positionAt(this.text, node.parent?.type === 'property' ? node.parent.offset : node.offset)
    }
    return undefined
  }
}

/** `$.resources[3].cidr` form of a path. */
export function jsonPointer(path: readonly (string | number | symbol)[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`
}
