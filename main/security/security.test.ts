import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, resolveAppPath } from './app-protocol-path'
import { contentSecurityPolicy, parsePolicy } from './csp'
import { safeExternalUrl } from './external-url'

const roots = { renderer: '/app/out/renderer', rulesDocs: '/app/docs/rules' }

describe('resolveAppPath', () => {
  it.each([
    ['app://netdraft/', '/app/out/renderer/index.html'],
    ['app://netdraft/index.html', '/app/out/renderer/index.html'],
    ['app://netdraft/assets/index-abc.js?v=1#x', '/app/out/renderer/assets/index-abc.js'],
    ['app://netdraft/assets/a%20b.css', '/app/out/renderer/assets/a b.css'],
    ['app://netdraft/docs/rules/subnet-cidr-within-vpc.md', '/app/docs/rules/subnet-cidr-within-vpc.md'],
  ])('serves %s from %s', (url, file) => {
    expect(resolveAppPath(url, roots)).toBe(file)
  })

  it.each([
    // The URL parser folds these dot segments at the root, so they stay inside the renderer folder.
    ['app://netdraft/../main/index.js', '/app/out/renderer/main/index.js'],
    ['app://netdraft/%2e%2e/main/index.js', '/app/out/renderer/main/index.js'],
    ['app://netdraft/docs/rules/../../package.json', '/app/out/renderer/package.json'],
  ])('keeps %s inside the renderer folder', (url, file) => {
    expect(resolveAppPath(url, roots)).toBe(file)
  })

  it.each([
    'app://netdraft/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    'app://netdraft/assets/..%5c..%5cpackage.json',
    'app://netdraft/%00index.html',
    'app://netdraft/%E0%A4%A',
    'app://netdraft//etc/passwd',
    'app://netdraft/docs/rules/%2e%2e%2fsecret.md',
    'app://netdraft/docs/rules/Rule.md',
    'app://netdraft/docs/rules/x.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, roots)).toBeNull()
  })

  it('labels rule docs as plain text and scripts as JavaScript', () => {
    expect(contentTypeOf('/x/a.md')).toBe('text/plain; charset=utf-8')
    expect(contentTypeOf('/x/a.js')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('/x/a.exe')).toBe('application/octet-stream')
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the app’s own scripts in production, denies everything by default', () => {
    const policy = parsePolicy(contentSecurityPolicy(false))
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(contentSecurityPolicy(false)).not.toMatch(/unsafe-eval/)
  })

  it('agrees with the meta tag of renderer/index.html on scripts and connections', () => {
    const html = readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull()
    const page = parsePolicy(meta![1])
    const header = parsePolicy(contentSecurityPolicy(false))
    expect(page.get('script-src')).toEqual(header.get('script-src'))
    expect(page.get('connect-src')).toEqual(header.get('connect-src'))
    expect(page.get('script-src')).not.toContain("'unsafe-inline'")
  })
})

describe('safeExternalUrl', () => {
  it.each([
    ['https://docs.aws.amazon.com/vpc/latest/userguide/', 'https://docs.aws.amazon.com/vpc/latest/userguide/'],
    ['mailto:netops@example.com', 'mailto:netops@example.com'],
    ['HTTPS://Example.com/a b', 'https://example.com/a%20b'],
  ])('allows %s', (url, normalized) => {
    expect(safeExternalUrl(url)).toBe(normalized)
  })

  it.each(['http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@example.com', 'mailto:', 'mailto:%E0%A4%A', 'ms-settings:', 'https:', '//example.com', ' '])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull()
  })
})
