/**
 * The only links Netdraft hands to the OS: https: pages and mailto: addresses, parsed (not
 * prefix-matched, which `https:evil` or `javascript:` tricks slip through) and without credentials.
 * Returns the normalized URL, or null to refuse.
 */
export function safeExternalUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password || !url.hostname) return null
    return url.href
  }
  if (url.protocol === 'mailto:') return isMailAddress(url.pathname) ? url.href : null
  return null
}

function isMailAddress(encoded: string): boolean {
  try {
    return /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(encoded))
  } catch {
    return false
  }
}
