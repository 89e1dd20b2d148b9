import path from 'node:path'
import { APP_HOST, APP_SCHEME } from './sender'

export interface AppRoots {
  /** The built renderer (out/renderer). */
  renderer: string
  /** The rules documentation (docs/rules), served read-only under /docs/rules/. */
  rulesDocs: string
}

/**
 * Maps an `app://netdraft/...` request to a file inside one of the served folders, or null. The
 * URL is parsed (never matched as text), percent-decoded once, and the resolved path must stay inside
 * its root: `..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes and absolute paths all end up outside.
 */
export function resolveAppPath(requestUrl: string, roots: AppRoots): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let relative: string
  try {
    relative = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (relative.includes('\0') || relative.includes('\\')) return null
  if (relative === '/' || relative === '') relative = '/index.html'
  const docsPrefix = '/docs/rules/'
  if (relative.startsWith(docsPrefix)) {
    const name = relative.slice(docsPrefix.length)
    return /^[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name) ? inside(roots.rulesDocs, name) : null
  }
  return inside(roots.renderer, relative.slice(1))
}

function inside(root: string, relative: string): string | null {
  const base = path.resolve(root)
  const full = path.resolve(base, relative)
  const rel = path.relative(base, full)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null
  return full
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Rule docs are shown as plain text: markdown never becomes active content.
  '.md': 'text/plain; charset=utf-8',
}

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}
