// Fails when a module imports across a layer boundary (see DESIGN "Import rules").
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Violation {
  file: string
  line: number
  specifier: string
  rule: string
}

/**
 * Which imports each top-level folder may not use. DOM globals in shared/ are caught by the compiler
 * instead: tsconfig.shared.json gives shared/ no DOM and no Node types.
 */
export function checkFile(relPath: string, text: string): Violation[] {
  const layer = relPath.split(/[\\/]/)[0]
  const violations: Violation[] = []
  const lines = text.split('\n')
  lines.forEach((lineText, i) => {
    const specs = [...lineText.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? m[4],
    )
    for (const spec of specs) {
      const rule = forbidden(layer, relPath, spec)
      if (rule) violations.push({ file: relPath, line: i + 1, specifier: spec, rule })
    }
  })
  return violations
}

const NODE_BUILTIN = /^node:|^(fs|path|os|child_process|crypto|url|util|stream|events|worker_threads|module|http|https|net|zlib)(\/|$)/

function forbidden(layer: string, relPath: string, spec: string): string | null {
  const isTest = /\.test\.tsx?$/.test(relPath) || relPath.includes('/test-helpers/')
  if (layer === 'shared') {
    if (isTest) return /^electron/.test(spec) ? 'shared/ tests import no electron' : null
    if (/^electron/.test(spec)) return 'shared/ imports no electron'
    if (/^(react|react-dom|react-konva|konva)(\/|$)/.test(spec)) return 'shared/ imports no react or konva'
    if (NODE_BUILTIN.test(spec)) return 'shared/ imports no node:* modules'
    if (spec.startsWith('.')) {
      const target = path.normalize(path.join(path.dirname(relPath), spec))
      if (!target.startsWith('shared')) return 'shared/ imports only shared/'
    }
    if (spec === 'ip-num' && !relPath.replace(/\\/g, '/').startsWith('shared/net/')) return 'only shared/net imports ip-num'
  }
  if (layer === 'renderer' && !isTest) {
    if (/^electron/.test(spec)) return 'renderer/ imports no electron'
    if (NODE_BUILTIN.test(spec)) return 'renderer/ imports no node:* modules'
    if (spec.startsWith('.')) {
      const target = path.normalize(path.join(path.dirname(relPath), spec)).replace(/\\/g, '/')
      if (target.startsWith('main') || target.startsWith('preload')) return 'renderer/ imports no main/ or preload/'
    }
  }
  if (layer === 'preload' && !isTest) {
    if (spec === 'electron') return null
    if (spec.startsWith('.')) {
      const target = path.normalize(path.join(path.dirname(relPath), spec)).replace(/\\/g, '/')
      if (target.startsWith('shared/ipc') || target.startsWith('preload')) return null
    }
    return 'preload/ imports only electron and shared/ipc'
  }
  if (layer === 'main' && !isTest && spec === 'ip-num') return 'only shared/net imports ip-num'
  return null
}

export function checkTree(root: string): Violation[] {
  const out: Violation[] = []
  for (const layer of ['shared', 'renderer', 'preload', 'main']) {
    const dir = path.join(root, layer)
    for (const file of walk(dir)) {
      if (!/\.(ts|tsx|mts)$/.test(file)) continue
      out.push(...checkFile(path.relative(root, file).replace(/\\/g, '/'), readFileSync(file, 'utf8')))
    }
  }
  return out
}

function walk(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(process.argv[2] ?? '.')
  const violations = checkTree(root)
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.rule} (${v.specifier})`)
  if (violations.length > 0) {
    console.error(`check-layers: ${violations.length} layering violation(s)`)
    process.exit(1)
  }
  console.log('check-layers: no layering violations')
}
