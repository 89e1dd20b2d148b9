import type { ResourceOf } from '../../shared/model'
import { expect, test } from './app-fixture'
import { editorPage } from './editor-page'

test('a CIDR field shows usable addresses, the VPC block and overlaps as you type; an invalid CIDR stays out', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const subnetCidr = async () => ((await ui.project()).resources.find((r) => r.id === 'vpc-prod-a-private-a') as ResourceOf<'subnet'>).cidr
  await ui.find('vpc-prod-a-private-a')
  const cidr = ui.inspector.getByLabel('CIDR', { exact: true })
  const hint = ui.inspector.locator('[data-field="cidr"] .cidr-hint')
  await expect(cidr).toHaveValue('10.1.0.0/20')
  await expect(hint).toContainText('4,091 usable addresses (4,096 in the block)')
  await expect(hint).toContainText('inside VPC block 10.1.0.0/16')

  // The sibling's block: valid for the schema (it enters the document), flagged as an overlap.
  await cidr.fill('10.1.16.0/24')
  await expect(hint).toContainText('251 usable addresses')
  await expect(hint).toContainText('overlaps subnet prod-a-private-b (10.1.16.0/20)')
  await expect.poll(subnetCidr).toBe('10.1.16.0/24')
  await expect(ui.validation).toContainText(/overlap/i)

  // Outside the VPC's block, and host bits set.
  await cidr.fill('10.9.0.1/24')
  await expect(hint).toContainText('outside every block of VPC prod-a (10.1.0.0/16)')
  await expect(hint).toContainText('host bits set: AWS stores 10.9.0.0/24')

  // Not a CIDR: an inline error, the document keeps the last valid value, blur restores it.
  await cidr.fill('10.1.0.0/20')
  await expect.poll(subnetCidr).toBe('10.1.0.0/20')
  await cidr.fill('10.1.0.0/33')
  await expect(cidr).toHaveAttribute('aria-invalid', 'true')
  await expect(ui.inspector.getByRole('alert')).toBeVisible()
  await expect(hint).toHaveCount(0)
  expect(await subnetCidr()).toBe('10.1.0.0/20')
  await cidr.blur()
  await expect(cidr).toHaveValue('10.1.0.0/20')
  await expect(ui.inspector.getByRole('alert')).toHaveCount(0)

  // A VPC's block is checked against the other VPCs.
  await ui.find('vpc-prod-b')
  const vpcCidr = ui.inspector.getByLabel('CIDR', { exact: true })
  await vpcCidr.fill('10.1.0.0/16')
  await expect(ui.inspector.locator('[data-field="cidr"] .cidr-hint')).toContainText('overlaps VPC prod-a (10.1.0.0/16)')
  await page.keyboard.press('Control+z')
  await expect(vpcCidr).toHaveValue('10.2.0.0/16')
})

test('route table editor: add a route, pick a target from the usable ones, remove it, undo', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const routes = async () => ((await ui.project()).resources.find((r) => r.id === 'vpc-prod-a-rt-private') as ResourceOf<'routeTable'>).routes
  await ui.find('vpc-prod-a-rt-private')
  await expect(ui.inspector.getByRole('heading', { name: 'Route table', exact: true })).toBeVisible()
  await expect(ui.inspector.getByRole('group', { name: /^Route \d$/ })).toHaveCount(2)

  await ui.inspector.getByRole('button', { name: '+ add route' }).click()
  await expect.poll(async () => (await routes()).length).toBe(3)
  const target = ui.inspector.getByLabel('Route 3 target', { exact: true })
  await expect(target).toHaveValue('local')
  // Only `local` and targets usable from prod-a: the hub it is attached to and its own workload.
  await expect(target.locator('option')).toHaveText(['local', 'Transit gateway: hub', 'Workload: orders-app'])
  await target.selectOption('tgw-hub')
  const destination = ui.inspector.getByLabel('Route 3 destination', { exact: true })
  await destination.fill('172.16.0.0/12')
  await destination.blur()
  await expect.poll(async () => (await routes())[2]).toEqual({ destination: '172.16.0.0/12', target: 'tgw-hub' })
  await ui.inspector.screenshot({ path: 'test-results/inspector-route-table.png' })
  // A half-typed destination does not enter the document.
  await destination.fill('172.16.0.0/')
  await expect(destination).toHaveAttribute('aria-invalid', 'true')
  expect((await routes())[2].destination).toBe('172.16.0.0/12')
  await destination.blur()

  await ui.inspector.getByRole('button', { name: 'Remove route 3', exact: true }).click()
  await expect.poll(async () => (await routes()).length).toBe(2)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await routes()).length).toBe(3)
  await page.keyboard.press('Control+y')
  await expect.poll(async () => (await routes()).length).toBe(2)
})

test('TGW route table: associations and propagations through the chips, a blackhole route', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const table = async () => (await ui.project()).resources.find((r) => r.id === 'tgw-rt-dev') as ResourceOf<'tgwRouteTable'>
  await ui.find('tgw-rt-dev')
  await expect(ui.inspector.getByRole('heading', { name: 'TGW route table', exact: true })).toBeVisible()

  // The add picker lists only attachments of this table's transit gateway that are not chips yet.
  const addAssociation = ui.inspector.getByLabel('Add to Associations', { exact: true })
  await expect(addAssociation.locator('option')).toHaveText(['+ add…', 'prod-a-attachment', 'prod-b-attachment', 'shared-services-attachment', 'dc1-vpn-attachment'])
  await addAssociation.selectOption('vpc-shared-att')
  await expect.poll(async () => (await table()).associations).toEqual(['vpc-dev-a-att', 'vpc-dev-b-att', 'vpc-shared-att'])
  await expect(ui.inspector.getByRole('button', { name: 'Remove shared-services-attachment from Associations' })).toBeVisible()

  await ui.inspector.getByRole('button', { name: 'Remove dev-b-attachment from Propagations' }).click()
  await expect.poll(async () => (await table()).propagations).toEqual(['vpc-shared-att', 'vpc-dev-a-att'])
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await table()).propagations).toEqual(['vpc-shared-att', 'vpc-dev-a-att', 'vpc-dev-b-att'])
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await table()).associations).toEqual(['vpc-dev-a-att', 'vpc-dev-b-att'])

  // A static route starts as a blackhole and may point at one of the hub's attachments.
  await ui.inspector.getByRole('button', { name: '+ add route' }).click()
  const target = ui.inspector.getByLabel('Route 2 target', { exact: true })
  await expect(target).toHaveValue('blackhole')
  await target.selectOption('vpc-shared-att')
  await expect.poll(async () => (await table()).routes[1]).toEqual({ destination: '0.0.0.0/0', target: 'vpc-shared-att' })
  await ui.inspector.screenshot({ path: 'test-results/inspector-tgw-route-table.png' })
})

test('tags: add one, set its value, remove it, undo', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const tags = async () => ((await ui.project()).resources.find((r) => r.id === 'vpc-prod-a') as ResourceOf<'vpc'>).tags
  await ui.find('vpc-prod-a')
  const add = ui.inspector.getByRole('button', { name: '+ tag', exact: true })
  await expect(add).toBeDisabled()
  await ui.inspector.getByLabel('New tag key', { exact: true }).fill('owner')
  await add.click()
  await expect.poll(tags).toEqual({ owner: '' })
  await ui.inspector.getByLabel('Tag owner', { exact: true }).fill('network-team')
  await ui.inspector.getByLabel('Tag owner', { exact: true }).blur()
  await expect.poll(tags).toEqual({ owner: 'network-team' })
  // An existing key cannot be added twice.
  await ui.inspector.getByLabel('New tag key', { exact: true }).fill('owner')
  await expect(add).toBeDisabled()

  await ui.inspector.getByRole('button', { name: 'Remove tag owner', exact: true }).click()
  await expect.poll(tags).toEqual({})
  await page.keyboard.press('Control+z')
  await expect.poll(tags).toEqual({ owner: 'network-team' })
  await expect(ui.inspector.getByLabel('Tag owner', { exact: true })).toHaveValue('network-team')
})

test('exclusive fields switch in one edit; an emptied number is refused, not stored as 0', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const resource = async <T>(id: string) => (await ui.project()).resources.find((r) => r.id === id) as T
  // A prefix list in prod-a's Region, made through the palette.
  await ui.find('vpc-prod-a')
  await ui.palette.getByRole('button', { name: '+ Prefix list', exact: true }).click()
  await expect(ui.inspector.getByRole('heading', { name: 'Prefix list', exact: true })).toBeVisible()

  // A route switches from a CIDR to the prefix list: the destination is cleared in the same edit.
  await ui.find('vpc-prod-a-rt-private')
  await ui.inspector.getByLabel('Route 1 destination prefix list', { exact: true }).selectOption({ label: 'Prefix list: prefix-list-1' })
  await expect.poll(async () => (await resource<ResourceOf<'routeTable'>>('vpc-prod-a-rt-private')).routes[0])
    .toEqual({ destinationPrefixList: 'pl', target: 'tgw-hub', description: 'other VPCs through the hub' })
  await expect(ui.inspector.getByLabel('Route 1 destination', { exact: true })).toHaveValue('')
  // Clearing the prefix list too would leave the route without a destination: refused, said inline.
  await ui.inspector.getByLabel('Route 1 destination prefix list', { exact: true }).selectOption('')
  await expect(ui.inspector.getByRole('alert')).toContainText('exactly one of destination')
  expect((await resource<ResourceOf<'routeTable'>>('vpc-prod-a-rt-private')).routes[0].destinationPrefixList).toBe('pl')

  // A NACL rule number emptied by the user stays out of the document.
  await ui.find('vpc-prod-a')
  await ui.palette.getByRole('button', { name: '+ Network ACL', exact: true }).click()
  const ruleNumber = ui.inspector.getByLabel('Ingress 1 rule number', { exact: true })
  await expect(ruleNumber).toHaveValue('100')
  await ruleNumber.fill('')
  await expect(ruleNumber).toHaveAttribute('aria-invalid', 'true')
  await expect(ui.inspector.getByRole('alert')).toContainText('expected a number')
  const nacl = async () => (await ui.project()).resources.find((r) => r.kind === 'networkAcl') as ResourceOf<'networkAcl'>
  expect((await nacl()).ingress[0].ruleNumber).toBe(100)
  await ruleNumber.fill('120')
  await expect.poll(async () => (await nacl()).ingress[0].ruleNumber).toBe(120)
})
