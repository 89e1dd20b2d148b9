import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './app-fixture'
import { editorPage } from './editor-page'

const example = (name: string) => path.resolve(import.meta.dirname, `../../examples/${name}.netdraft.json`)

test('opens a design, shows the diagram and a clean validation summary', async ({ page, app }) => {
  const file = path.join(app.dir, 'peering.netdraft.json')
  copyFileSync(example('peering'), file)
  await app.open(file)
  await expect(page.locator('.doc-title')).toHaveText('peering.netdraft.json')
  await expect(page.locator('.canvas canvas').first()).toBeVisible()
  await expect(page.locator('.toolbar .status')).toContainText(/\d+ errors? · \d+ warnings?/)
  await page.screenshot({ path: 'test-results/editor-peering.png' })
})

test('create a VPC and subnets, peer, see the overlap error, fix it, undo/redo, save and reopen', async ({ page, app }) => {
  const file = path.join(app.dir, 'design.netdraft.json')
  copyFileSync(example('peering'), file)
  await app.open(file)
  const ui = editorPage(page, app)
  const palette = page.getByRole('navigation', { name: 'Add resources' })
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  const status = page.locator('.toolbar .status')
  const errorCount = async () => Number(/(\d+) errors?\b/.exec(await status.innerText())![1])
  const find = async (text: string, add = false) => {
    await app.menu('edit.find')
    await page.getByLabel('Find resource').fill(text)
    await page.getByLabel('Find resource').press(add ? 'Shift+Enter' : 'Enter')
  }
  const cidr = inspector.getByLabel('CIDR', { exact: true })

  // A new VPC in the app account gets the next free /16 and its main route table.
  await find('acct-app')
  await palette.getByRole('button', { name: '+ VPC', exact: true }).click()
  await expect(inspector.getByRole('heading', { name: 'VPC', exact: true })).toBeVisible()
  await expect(cidr).toHaveValue('10.0.0.0/16')

  // Two subnets in it, each the next free /24.
  await palette.getByRole('button', { name: '+ Subnet', exact: true }).click()
  await expect(cidr).toHaveValue('10.0.0.0/24')
  await find('vpc-1')
  await palette.getByRole('button', { name: '+ Subnet', exact: true }).click()
  await expect(cidr).toHaveValue('10.0.1.0/24')

  // Peer it with web (10.10.0.0/16).
  await find('vpc-1')
  await find('web', true)
  await palette.getByRole('button', { name: '+ VPC peering connection' }).click()
  await expect(inspector.getByRole('heading', { name: 'VPC peering connection' })).toBeVisible()
  await expect(status).toContainText(/\d+ errors/)
  const baseline = await errorCount()

  // Give the new VPC web's block: the overlap error appears.
  await find('vpc-1')
  await cidr.fill('10.10.0.0/16')
  await cidr.blur()
  await expect.poll(errorCount).toBeGreaterThan(baseline)
  const validation = page.getByRole('region', { name: 'Validation' })
  await expect(validation).toContainText('peering-cidr-overlap')

  // Undo brings the clean block back, redo the overlap, then fix it by typing.
  await page.keyboard.press('Control+z')
  await expect.poll(errorCount).toBe(baseline)
  await expect(cidr).toHaveValue('10.0.0.0/16')
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(errorCount).toBeGreaterThan(baseline)
  await cidr.fill('10.0.0.0/16')
  await cidr.blur()
  await expect.poll(errorCount).toBe(baseline)
  await expect(validation).not.toContainText('peering-cidr-overlap')

  // Can the new VPC reach web over the peering? Not yet: its main table has no route to web. Apply
  // the suggested route fixes (each one undoable edit) until the answer is yes, forward and return.
  const newSubnets = (await ui.project()).resources.filter((r) => r.kind === 'subnet' && r.vpc === 'vpc-1').map((r) => r.id)
  expect(newSubnets).toHaveLength(2)
  await page.getByRole('tab', { name: 'Reachability' }).click()
  const reach = page.getByRole('region', { name: 'Reachability' })
  // The source is picked from the selection (as after a click on the canvas), the destination typed.
  await ui.find(newSubnets[0])
  await reach.getByRole('button', { name: 'use selection' }).first().click()
  await expect(reach.getByLabel('From', { exact: true })).toHaveValue(newSubnets[0])
  await reach.getByLabel('To', { exact: true }).fill('vpc-a-private-a')
  await reach.getByRole('button', { name: 'Check' }).click()
  const answer = reach.getByRole('status')
  await expect(answer).toContainText('Not reachable')
  await expect(answer).toContainText('→ pcx-vpc-1-vpc-a in vpc-1-rt-main')
  await page.screenshot({ path: test.info().outputPath('scenario-not-reachable.png') })
  const fixes: string[] = []
  for (let i = 0; i < 3 && !/^Reachable/.test(await answer.locator('strong').innerText()); i++) {
    fixes.push(await answer.getByText(/^Fix: /).innerText())
    await answer.getByRole('button', { name: 'Apply fix' }).click()
    await reach.getByRole('button', { name: 'Check' }).click()
  }
  await expect(answer.locator('strong')).toHaveText(/^Reachable/)
  expect(fixes[0]).toContain('add route 10.10.0.0/16 → pcx-vpc-1-vpc-a in vpc-1-rt-main')
  await expect(reach.getByRole('list', { name: 'Forward path' })).toContainText('pcx-vpc-1-vpc-a')
  await page.screenshot({ path: test.info().outputPath('scenario-reachable.png') })
  // The last fix undoes and redoes like any edit.
  await page.keyboard.press('Control+z')
  await reach.getByRole('button', { name: 'Check' }).click()
  await expect(answer).toContainText('Not reachable')
  await page.keyboard.press('Control+y')
  await reach.getByRole('button', { name: 'Check' }).click()
  await expect(answer.locator('strong')).toHaveText(/^Reachable/)
  const before = await ui.project()

  // Save through main (atomic write by the real project service), reopen and compare.
  // Main knows the window holds unsaved work (title, close prompt), and that saving ends it.
  await expect(page.locator('.doc-title')).toHaveText('design.netdraft.json •')
  await expect.poll(() => app.main.workspace.get(app.windowId)?.dirty).toBe(true)
  await page.keyboard.press('Control+s')
  await expect(page.locator('.notice')).toContainText('Saved design.netdraft.json')
  await expect(page.locator('.doc-title')).toHaveText('design.netdraft.json')
  await expect.poll(() => app.main.workspace.get(app.windowId)?.dirty).toBe(false)
  const saved = JSON.parse(readFileSync(file, 'utf8'))
  const kindsSaved = saved.resources.map((r: { kind: string; id: string }) => `${r.kind}:${r.id}`)
  expect(kindsSaved).toEqual(expect.arrayContaining(['vpc:vpc-1', ...newSubnets.map((id) => `subnet:${id}`), 'routeTable:vpc-1-rt-main', 'peeringConnection:pcx-vpc-1-vpc-a']))
  const mainTable = saved.resources.find((r: { id: string }) => r.id === 'vpc-1-rt-main')
  expect(mainTable.routes).toEqual(expect.arrayContaining([expect.objectContaining({ destination: '10.10.0.0/16', target: 'pcx-vpc-1-vpc-a' })]))
  await page.screenshot({ path: 'test-results/editor-after-edit.png' })
  await app.open(file)
  await expect(page.locator('.doc-title')).toHaveText('design.netdraft.json')
  await expect.poll(errorCount).toBe(baseline)
  // The reopened design is the one that was saved, resource for resource.
  expect(await ui.project()).toEqual(before)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
})
