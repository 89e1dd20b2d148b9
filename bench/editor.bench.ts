import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { harness } from '../main/ipc/test-harness'
import { invokeChannels } from '../shared/ipc/channels'
import { serializeProject } from '../shared/model'
import type { BenchHarness } from './harness'
import { serveFolder } from '../test/e2e/server'

/**
 * Issue 8 figures in Chromium on the built renderer (run `npx electron-vite build` first), with the
 * preload API bound to the real main-side handlers as in the e2e tests. Frame rate limiting and vsync
 * are switched off so a frame's interval is its real cost rather than the 16.7 ms display tick.
 */
export default async function bench(h: BenchHarness) {
  const root = path.resolve(import.meta.dirname, '..')
  if (!existsSync(path.join(root, 'out/renderer/index.html'))) {
    h.print('skipped', 'out/renderer is missing: run `npx electron-vite build` first')
    return
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'netdraft-bench-'))
  const file = path.join(dir, 'big.netdraft.json')
  writeFileSync(file, serializeProject(h.design(500)))
  const main = harness(dir)
  const windowId = main.workspace.newDocument()
  main.desktop.openAnswers.push(file)
  await main.workspace.openWithDialog(windowId)
  const server = await serveFolder(path.join(root, 'out/renderer'))
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await page.exposeFunction('__ndInvoke', (channel: string, request: unknown) => main.call(channel, windowId, request))
    // A string, not a function: tsx's transform would inject helpers the page does not have.
    await page.addInitScript(`{
      window.__name = (f) => f // tsx keeps function names with a helper; page.evaluate callbacks carry calls to it
      const api = { onMenuCommand: () => () => {}, provideSnapshot: () => () => {} }
      for (const [method, channel] of Object.entries(${JSON.stringify(invokeChannels)})) api[method] = (r = {}) => window.__ndInvoke(channel, r)
      window.netdraft = api
    }`)

    page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
    page.on('crash', () => console.error('page crashed'))
    page.on('console', (m) => m.type() === 'error' && console.error(`page console: ${m.text()}`))
    const t0 = Date.now()
    await page.goto(server.url)
    await page.waitForFunction(() => Number(document.querySelector('.canvas')?.getAttribute('data-elements') ?? 0) > 0, null, { timeout: 60_000 }).catch(async (e) => {
      console.error(await page.locator('.toolbar').innerText().catch(() => 'no toolbar'))
      throw e
    })
    await page.evaluate(() => new Promise(requestAnimationFrame))
    h.print('500 VPCs: open → first diagram paint', `${Date.now() - t0} ms`)

    const canvas = page.locator('.canvas')
    const box = (await canvas.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    for (const [label, zoomIn] of [['fit view', 0], ['zoomed to ~1:1', 8]] as const) {
      for (let i = 0; i < zoomIn; i++) await page.mouse.wheel(0, -120)
      await page.waitForTimeout(300)
      // Work per frame: a wheel event (pan or zoom) handled by the canvas, React's commit, then the
      // Konva draw that the next animation frame would run, all measured in the page.
      const costs = await page.evaluate(async ({ x, y }) => {
        const konva = (window as unknown as { Konva: { stages: { draw(): void; content: HTMLElement }[] } }).Konva
        const stage = konva.stages[0]
        const out: number[] = []
        for (let i = 0; i < 80; i++) {
          const zoom = i % 4 === 0
          const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x + (i % 10) * 20, clientY: y, deltaX: zoom ? 0 : (i % 2 ? 30 : -30), deltaY: zoom ? (i % 8 ? -60 : 60) : 20, ctrlKey: zoom })
          const t0 = performance.now()
          stage.content.dispatchEvent(event)
          await new Promise((r) => setTimeout(r, 0))
          stage.draw()
          out.push(performance.now() - t0)
          await new Promise(requestAnimationFrame)
        }
        return out.sort((a, b) => a - b)
      }, { x: box.x + box.width / 2, y: box.y + box.height / 2 })
      const q = (p: number) => costs[Math.min(costs.length - 1, Math.floor(costs.length * p))].toFixed(1)
      h.print(`500 VPCs: pan/zoom work per frame, ${label}`, `median ${q(0.5)} ms, p95 ${q(0.95)} ms (${costs.length} frames)`)
    }

    // Edit in the inspector → sidebar updated: select a VPC through Find, change its name, wait for the status line.
    await page.keyboard.press('Control+f')
    await page.getByLabel('Find resource').fill('app-0003')
    await page.getByLabel('Find resource').press('Enter')
    const input = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('CIDR', { exact: true })
    await input.waitFor()
    const samples: number[] = []
    // app-0003 is 10.0.48.0/20: moving it away puts its subnets outside it, moving it back clears that.
    for (const value of ['10.0.0.0/20', '10.0.48.0/20', '10.0.0.0/20', '10.0.48.0/20', '10.0.0.0/20']) {
      samples.push(
        await input.evaluate(async (el: HTMLInputElement, v) => {
          const status = document.querySelector('.toolbar .status')!
          const before = status.textContent
          const started = performance.now()
          const changed = new Promise<void>((resolve) => new MutationObserver((_, o) => { if (status.textContent !== before) { o.disconnect(); resolve() } }).observe(status, { subtree: true, characterData: true, childList: true }))
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v)
          el.dispatchEvent(new Event('input', { bubbles: true }))
          await changed
          return performance.now() - started
        }, value),
      )
    }
    samples.sort((a, b) => a - b)
    h.print('500 VPCs: inspector edit → validation sidebar updated', `median ${samples[2].toFixed(1)} ms (n=5, max ${samples[4].toFixed(1)})`)
  } finally {
    await browser.close()
    await server.close()
  }
}
