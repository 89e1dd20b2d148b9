import { shell } from 'electron'
import { safeExternalUrl } from './external-url'

/**
 * The app's only call to shell.openExternal, so the one place a URL leaves the app is reviewed
 * once: the URL is parsed and must be https: or mailto: (see safeExternalUrl).
 */
export async function openExternalVetted(raw: string): Promise<boolean> {
  const url = safeExternalUrl(raw)
  if (url === null) return false
  await shell.openExternal(url)
  return true
}
