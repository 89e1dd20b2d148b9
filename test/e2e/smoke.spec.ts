import path from 'node:path'
import { expect, test } from '@playwright/test'
import { serveFolder } from './server'

test('the built renderer loads without errors', async ({ page }) => {
  const server = await serveFolder(path.resolve(import.meta.dirname, '../../out/renderer'))
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  try {
    await page.goto(server.url)
    await expect(page.locator('#root')).not.toBeEmpty()
    expect(errors).toEqual([])
  } finally {
    await server.close()
  }
})
