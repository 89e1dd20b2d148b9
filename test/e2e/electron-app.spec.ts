import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

// The whole app in the real Electron runtime: main, preload and the built renderer together. Only
// where `npm ci` could download the Electron binary; elsewhere the rest of the suite covers the parts
// in plain Node and Chromium, and this file says it was skipped.
const repoRoot = path.resolve(import.meta.dirname, '../..')

/** The binary electron's install script unpacked, found without require('electron') (which would try to download it). */
function electronBinary(): string | null {
  const pkg = path.join(repoRoot, 'node_modules/electron')
  const pathFile = path.join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const skipReason = binary === null ? 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no network)' : needsDisplay ? 'no display (run under xvfb-run)' : null
if (skipReason) console.warn(`electron-app.spec.ts skipped: ${skipReason}`)

test.describe('the desktop app in Electron', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  test('opens a design named on the command line in a hardened window', async () => {
    // A private config folder, so the user's recent files and recovery copies are neither read nor touched.
    const config = await mkdtemp(path.join(tmpdir(), 'netdraft-electron-'))
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', 'examples/peering.netdraft.json'],
      cwd: repoRoot,
      env: { ...process.env, XDG_CONFIG_HOME: config, HOME: config, ELECTRON_RENDERER_URL: '' },
    })
    try {
      const page = await app.firstWindow()
      await expect(page).toHaveTitle('peering.netdraft.json — Netdraft')
      expect(page.url()).toBe('app://netdraft/index.html')
      await expect(page.getByText('peering.netdraft.json').first()).toBeVisible()

      // No Node in the page; the preload hands over named functions only.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      const api = await page.evaluate(() => Object.entries((globalThis as unknown as { netdraft: Record<string, unknown> }).netdraft).map(([k, v]) => [k, typeof v]))
      expect(api.length).toBeGreaterThan(10)
      for (const [name, type] of api) expect(type, name).toBe('function')

      // Context isolation: the preload's world (and its process object) stays out of the page.
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

      // Navigation away from the app is refused.
      await page.evaluate(() => {
        location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toBe('app://netdraft/index.html')
    } finally {
      await app.close()
      await rm(config, { recursive: true, force: true })
    }
  })
})
