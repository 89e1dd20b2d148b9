import { expect, test } from './app-fixture'
import { editorPage } from './editor-page'

test.use({ viewport: { width: 1440, height: 900 } })

test('validation sidebar: grouped by severity and resource, filtered, click to select and zoom, rule doc, accept (undoable)', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const canvas = page.getByRole('application', { name: 'Network diagram' })
  const status = page.locator('.toolbar .status')
  await expect(status).toHaveText('0 errors · 0 warnings')
  // The example's accepted diagnostic sits in its own group, with its reason.
  await expect(ui.validation.getByText('Accepted (1)')).toBeVisible()

  // Give prod-a-private-a its neighbour's block: the overlap appears on the next render, no save needed.
  await ui.find('vpc-prod-a-private-a')
  const cidr = ui.inspector.getByLabel('CIDR', { exact: true })
  await cidr.fill('10.1.16.0/20')
  await cidr.blur()
  await expect(status).toHaveText('1 error · 0 warnings')
  await expect(page.getByRole('tab', { name: 'Validation (1)' })).toBeVisible()
  const errors = ui.validation.locator('details').filter({ has: page.getByText('Errors (1)') })
  await expect(errors.locator('.diag-resource-name')).toHaveText(['prod-a-private-b'])
  await expect(errors).toContainText('overlaps subnet prod-a-private-a')

  // The filter matches message, rule id and resource name.
  const filter = ui.validation.getByLabel('Filter diagnostics')
  await filter.fill('no-such-thing')
  await expect(ui.validation).toContainText('Nothing matches the filter.')
  await filter.fill('subnet-overlap')
  await expect(errors).toBeVisible()
  await filter.fill('prod-a-private-b')
  await expect(errors).toBeVisible()
  await filter.fill('')
  // Info is hidden until asked for.
  await expect(ui.validation.getByText(/^Info \(/)).toHaveCount(0)
  await ui.validation.getByRole('checkbox', { name: /info/ }).check()
  await expect(ui.validation.getByText(/^Info \(/)).toBeVisible()
  await ui.validation.getByRole('checkbox', { name: /info/ }).uncheck()

  // Clicking the diagnostic selects both subnets (and their VPC), zooms to them and marks the CIDR field.
  await page.getByRole('button', { name: /Subnet prod-a-private-b .* overlaps/ }).click()
  await expect(canvas).toHaveAttribute('data-selection', /vpc-prod-a-private-b/)
  await expect(canvas).toHaveAttribute('data-selection', /vpc-prod-a-private-a/)
  await expect(ui.inspector.getByRole('heading', { name: 'Subnet', exact: true })).toBeVisible()
  await expect(ui.inspector.locator('.field.focused[data-field="cidr"]')).toBeInViewport()
  await expect(ui.inspector.locator('.field.focused[data-field="cidr"]')).toContainText('overlaps')
  await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(0.5)
  await page.screenshot({ path: test.info().outputPath('validation-focused.png') })

  // The rule id opens its documentation through main.
  await errors.getByRole('button', { name: 'subnet-overlap', exact: true }).click()
  await expect.poll(() => app.main.shell.docs).toContain('subnet-overlap')

  // Accept with a reason: the error moves to Accepted; undo brings it back.
  await errors.getByRole('button', { name: 'Accept…' }).click()
  const reason = ui.validation.getByLabel('Reason for accepting')
  await expect(reason).toBeFocused()
  await expect(ui.validation.getByRole('button', { name: 'Accept', exact: true })).toBeDisabled()
  await reason.fill('migration window: renumbered next week')
  await reason.press('Enter')
  await expect(status).toHaveText('0 errors · 0 warnings')
  await ui.validation.getByText('Accepted (2)').click()
  await expect(ui.validation).toContainText('Accepted: migration window: renumbered next week')
  expect((await ui.project()).suppressions).toEqual(expect.arrayContaining([{ rule: 'subnet-overlap', resource: 'vpc-prod-a-private-b', reason: 'migration window: renumbered next week' }]))
  await page.keyboard.press('Control+z')
  await expect(status).toHaveText('1 error · 0 warnings')
  await expect(ui.validation.getByText('Accepted (1)')).toBeVisible()
})
