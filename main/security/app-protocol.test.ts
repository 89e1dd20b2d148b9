import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { withTempDir } from '../project/test-support'

const registered = vi.hoisted(() => ({ schemes: [] as unknown[], handler: null as ((r: Request) => Promise<Response>) | null }))
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => registered.schemes.push(...schemes),
    handle: (_scheme: string, handler: (r: Request) => Promise<Response>) => (registered.handler = handler),
  },
}))

const { registerAppScheme, serveAppProtocol } = await import('./app-protocol')

async function servedFrom(dir: string) {
  const renderer = path.join(dir, 'out/renderer')
  const rulesDocs = path.join(dir, 'docs/rules')
  await mkdir(path.join(renderer, 'assets'), { recursive: true })
  await mkdir(rulesDocs, { recursive: true })
  await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Netdraft</title>')
  await writeFile(path.join(renderer, 'assets/app.js'), 'console.log(1)')
  await writeFile(path.join(dir, 'out/secret.txt'), 'not for the page')
  await writeFile(path.join(rulesDocs, 'igw-one-per-vpc.md'), '# igw-one-per-vpc\n')
  serveAppProtocol({ renderer, rulesDocs })
  return (url: string, method = 'GET') => registered.handler!(new Request(url, { method }))
}

describe('the app:// protocol', () => {
  it('registers app:// as a secure standard scheme', () => {
    registerAppScheme()
    expect(registered.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })

  it('serves the renderer with its type, the CSP header and nosniff', () =>
    withTempDir(async (dir) => {
      const get = await servedFrom(dir)
      const page = await get('app://netdraft/')
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self';/)
      expect(page.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await page.text()).toContain('<title>Netdraft</title>')
      expect((await get('app://netdraft/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    }))

  it('serves rule docs as plain text and refuses everything outside the served folders', () =>
    withTempDir(async (dir) => {
      const get = await servedFrom(dir)
      const doc = await get('app://netdraft/docs/rules/igw-one-per-vpc.md')
      expect(doc.headers.get('content-type')).toBe('text/plain; charset=utf-8')
      expect(await doc.text()).toBe('# igw-one-per-vpc\n')
      expect(await (await get('app://netdraft/docs/rules/')).text()).toMatch(/igw-one-per-vpc +igw-one-per-vpc/)
      for (const url of ['app://netdraft/..%2fsecret.txt', 'app://netdraft/assets/%2e%2e%2f%2e%2e%2fsecret.txt', 'app://netdraft/missing.js', 'app://netdraft/docs/rules/nope.md']) {
        expect((await get(url)).status, url).toBe(404)
      }
      expect((await get('app://netdraft/index.html', 'POST')).status).toBe(405)
    }))
})
