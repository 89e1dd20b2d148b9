/**
 * The renderer's Content Security Policy, sent as a header on every app:// response (and kept in
 * step with the meta tag in renderer/index.html, which a test checks). Development relaxes only
 * what Vite's dev server needs: its inline React-refresh preamble and its websocket.
 */
export function contentSecurityPolicy(development: boolean): string {
  const directives: [string, string][] = [
    ['default-src', "'none'"],
    ['script-src', development ? "'self' 'unsafe-inline'" : "'self'"],
    // Inline style attributes are how React and Konva position elements; no inline scripts are allowed.
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['worker-src', "'self' blob:"],
    ['connect-src', development ? "'self' ws:" : "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives.map(([name, value]) => `${name} ${value}`).join('; ')
}

/** Parses a policy into directive → sources, to compare the header with the page's meta tag. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) out.set(name, sources)
  }
  return out
}
