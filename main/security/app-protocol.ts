import { readFile, readdir } from 'node:fs/promises'
import { protocol } from 'electron'
import { type AppRoots, contentTypeOf, resolveAppPath } from './app-protocol-path'
import { contentSecurityPolicy } from './csp'
import { APP_SCHEME } from './sender'

/** Must run before the app is ready: app:// behaves like https (secure, standard origin, fetch). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer and the rule docs from app://netdraft/, path-checked, with the CSP header. */
export function serveAppProtocol(roots: AppRoots): void {
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy(false),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  })
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response('method not allowed', { status: 405, headers: headers('text/plain') })
    if (new URL(request.url).pathname === '/docs/rules/') return new Response(await rulesIndex(roots.rulesDocs), { headers: headers('text/plain; charset=utf-8') })
    const file = resolveAppPath(request.url, roots)
    if (file === null) return new Response('not found', { status: 404, headers: headers('text/plain') })
    try {
      return new Response(await readFile(file), { headers: headers(contentTypeOf(file)) })
    } catch {
      return new Response('not found', { status: 404, headers: headers('text/plain') })
    }
  })
}

/** Help ▸ Rules Reference: the rules README (generated from the rules index), else every rule with the first line of its page. */
async function rulesIndex(dir: string): Promise<string> {
  const readme = await readFile(`${dir}/README.md`, 'utf8').catch(() => null)
  if (readme !== null) return readme
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(n)).sort()
  const lines = await Promise.all(
    names.map(async (n) => {
      const first = (await readFile(`${dir}/${n}`, 'utf8').catch(() => '')).split('\n').find((l) => l.trim()) ?? ''
      return `${n.replace(/\.md$/, '').padEnd(44)} ${first.replace(/^#+\s*/, '')}`
    }),
  )
  return `Netdraft rules reference (${names.length} rules)\n\n${lines.join('\n')}\n`
}
