import { copyFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './app-fixture'
import { editorPage } from './editor-page'

const docsImages = path.resolve(import.meta.dirname, '../../docs/images')

test.use({ viewport: { width: 1440, height: 900 } })

for (const theme of ['light', 'dark'] as const) {
  test(`the editor in the ${theme} theme: README screenshot, no console errors, every region shown`, async ({ page, app }) => {
    const consoleErrors: string[] = []
    page.on('console', (m) => {
      // Chromium asks the test server for /favicon.ico; the Electron window loads from disk and never does.
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${m.text()} (${m.location().url})`)
    })
    const ui = editorPage(page, app)
    await ui.openExample('hub-and-spoke')
    if (theme === 'dark') await page.getByRole('button', { name: 'Toggle dark theme' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)

    const canvas = page.getByRole('application', { name: 'Network diagram' })
    await expect.poll(async () => Number(await canvas.getAttribute('data-elements'))).toBeGreaterThan(20)
    await ui.find('vpc-prod-a-private-a')
    await expect(canvas).toHaveAttribute('data-selection', 'vpc-prod-a-private-a')
    await expect(ui.inspector.getByRole('heading', { name: 'Subnet', exact: true })).toBeVisible()
    await expect(ui.inspector.getByLabel('CIDR', { exact: true })).toHaveValue('10.1.0.0/20')
    await expect(page.getByRole('tab', { name: 'Validation' })).toHaveAttribute('aria-selected', 'true')

    // Every region is on screen, inside the viewport, and not collapsed.
    for (const region of [page.getByRole('toolbar', { name: 'Document' }), ui.palette, canvas, ui.inspector, ui.validation]) {
      await expect(region).toBeInViewport()
      const box = await region.boundingBox()
      expect(box!.width).toBeGreaterThan(150)
      expect(box!.height).toBeGreaterThan(30)
    }
    // Nothing on the page scrolls sideways at this size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440)
    // Find shows the subnet at most at 100 % with its surroundings; one step out shows its VPC's neighbours.
    await app.menu('view.zoomOut')
    let zoom: string | null = null
    await expect.poll(async () => {
      const previous = zoom
      zoom = await canvas.getAttribute('data-zoom')
      return zoom === previous
    }, { intervals: [250] }).toBe(true)
    expect(Number(zoom)).toBeGreaterThan(0.5)
    await expect(canvas).toHaveAttribute('data-selection', 'vpc-prod-a-private-a')

    mkdirSync(docsImages, { recursive: true })
    const shot = path.join(docsImages, `editor-${theme}.png`)
    await page.screenshot({ path: shot })
    copyFileSync(shot, test.info().outputPath(`editor-${theme}.png`))
    mkdirSync('test-results', { recursive: true })
    copyFileSync(shot, path.join('test-results', `editor-${theme}.png`))
    expect(consoleErrors).toEqual([])
  })
}

test.describe('at 200% scale', () => {
  // A 1440×900 window at 200% gives the page 720×450 CSS pixels.
  test.use({ viewport: { width: 720, height: 450 } })
  test('the canvas keeps a usable width beside the palette and the side panels', async ({ page, app }) => {
    const ui = editorPage(page, app)
    await ui.openExample('hub-and-spoke')
    await ui.find('vpc-prod-a-private-a')
    const canvas = page.getByRole('application', { name: 'Network diagram' })
    expect((await canvas.boundingBox())!.width).toBeGreaterThanOrEqual(300)
    await expect(ui.inspector.getByLabel('Name', { exact: true })).toBeInViewport()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720)
    // The toolbar stays one line: buttons do not wrap their labels, a long file name gives way.
    expect((await page.getByRole('toolbar', { name: 'Document' }).boundingBox())!.height).toBeLessThan(40)
    await expect(page.getByRole('button', { name: 'Re-layout' })).toHaveCSS('white-space', 'nowrap')
    await page.screenshot({ path: test.info().outputPath('editor-200-percent.png') })
  })
})
