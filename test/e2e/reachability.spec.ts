import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './app-fixture'

test('check reachability, apply the suggested route fix, undo it', async ({ page, app }) => {
  // The peering example without web-private-a's route to api: web cannot reach api.
  const doc = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../examples/peering.netdraft.json'), 'utf8'))
  const table = doc.resources.find((r: { id: string }) => r.id === 'vpc-a-rt-private-a')
  table.routes = table.routes.filter((r: { target: string }) => r.target !== 'pcx-ab')
  const file = path.join(app.dir, 'missing-route.netdraft.json')
  writeFileSync(file, JSON.stringify(doc, null, 2))
  await app.open(file)

  await page.getByRole('tab', { name: 'Reachability' }).click()
  const panel = page.getByRole('region', { name: 'Reachability' })
  await panel.getByLabel('From', { exact: true }).fill('vpc-a-private-a')
  await panel.getByLabel('To', { exact: true }).fill('vpc-b-private-a')
  await panel.getByRole('button', { name: 'Check' }).click()
  const answer = panel.getByRole('status')
  await expect(answer).toContainText('Not reachable')
  await expect(answer).toContainText('add route 10.20.0.0/16 → pcx-ab in vpc-a-rt-private-a')
  await expect(panel.getByRole('list', { name: 'Forward path' })).toContainText('vpc-a-igw')
  await page.screenshot({ path: 'test-results/reachability-failing.png' })

  await panel.getByRole('button', { name: 'Apply fix' }).click()
  await panel.getByRole('button', { name: 'Check' }).click()
  await expect(answer).toContainText('Reachable')
  await expect(panel.getByRole('list', { name: 'Forward path' })).toContainText('pcx-ab')

  // The fix is one undoable edit.
  await page.keyboard.press('Control+z')
  await panel.getByRole('button', { name: 'Check' }).click()
  await expect(answer).toContainText('Not reachable')

  // The VPC-to-VPC matrix: web reaches nothing but itself; api and data reach each other.
  await panel.getByRole('button', { name: /Show VPC-to-VPC matrix/ }).click()
  const matrix = panel.getByRole('table', { name: 'VPC reachability matrix' })
  await expect(matrix).toBeVisible()
  await expect(matrix.getByRole('button', { name: /^web to api: not reachable, / })).toBeVisible()
  await expect(matrix.getByRole('button', { name: 'api to data: reachable' })).toBeVisible()
  // (The canvas redraws sharp once the view has settled after the path was brought into view.)
  await page.waitForTimeout(400)
  await page.screenshot({ path: test.info().outputPath('reachability-matrix.png') })
  // A cell asks that pair in the form: the answer, its path on the canvas and its fix.
  await matrix.getByRole('button', { name: /^web to api:/ }).click()
  await expect(panel.getByLabel('From', { exact: true })).toHaveValue('vpc-a')
  await expect(panel.getByLabel('To', { exact: true })).toHaveValue('vpc-b')
  await expect(answer).toContainText('Not reachable')
  await expect(answer).toContainText('Fix: ')

  // The question and its answer survive a look at the Validation tab; arrow keys switch tabs.
  await page.getByRole('tab', { name: 'Validation' }).click()
  await expect(panel).toBeHidden()
  await page.getByRole('tab', { name: 'Validation' }).press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Reachability' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Reachability' })).toHaveAttribute('aria-selected', 'true')
  await expect(panel.getByLabel('From', { exact: true })).toHaveValue('vpc-a')
  await expect(answer).toContainText('Not reachable')
})

test('deleting a VPC asks first and takes its dependents in one undoable step', async ({ page, app }) => {
  const file = path.join(app.dir, 'peering.netdraft.json')
  writeFileSync(file, readFileSync(path.resolve(import.meta.dirname, '../../examples/peering.netdraft.json')))
  await app.open(file)
  const count = async () => Number(await page.locator('.canvas').getAttribute('data-elements'))
  // The diagram's box count, once the first layout is in.
  await expect.poll(count).toBeGreaterThan(0)
  const initial = await count()
  await app.menu('edit.find')
  await page.getByLabel('Find resource').fill('vpc-c')
  await page.getByLabel('Find resource').press('Enter')
  await page.getByRole('complementary', { name: 'Inspector' }).getByRole('button', { name: /Delete vpc/ }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('depend on it')
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-selection', /vpc-c/)
  // The VPC, its AZ boxes, subnets, gateways and workload leave the diagram.
  await expect.poll(count).toBeLessThan(initial - 8)
  const after = await count()
  await page.keyboard.press('Control+z')
  await expect.poll(count).toBe(initial)
  await page.keyboard.press('Control+y')
  await expect.poll(count).toBe(after)
})

test('copy and paste a subnet with new ids and names', async ({ page, app }) => {
  const file = path.join(app.dir, 'peering.netdraft.json')
  writeFileSync(file, readFileSync(path.resolve(import.meta.dirname, '../../examples/peering.netdraft.json')))
  await app.open(file)
  await app.menu('edit.find')
  await page.getByLabel('Find resource').fill('web-private-a')
  await page.getByLabel('Find resource').press('Enter')
  await page.locator('.canvas').click({ position: { x: 5, y: 5 }, modifiers: [] }).catch(() => {})
  await app.menu('edit.find')
  await page.getByLabel('Find resource').fill('web-private-a')
  await page.getByLabel('Find resource').press('Enter')
  await page.locator('.toolbar').click({ position: { x: 600, y: 10 } })
  await page.evaluate(() => document.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, clipboardData: new DataTransfer() })))
  await page.evaluate(() => document.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, clipboardData: new DataTransfer() })))
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await expect(inspector).toContainText('id vpc-a-private-a-copy')
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('web-private-a copy')
})
