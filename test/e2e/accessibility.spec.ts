import type { ResourceOf } from '../../shared/model'
import { type Page, expect, test } from './app-fixture'
import { editorPage } from './editor-page'

const controlRoles = new Set(['button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'tab', 'spinbutton', 'slider', 'listbox', 'link', 'menuitem', 'switch'])

/**
 * Controls Chromium's own accessibility tree gives no name, described by tag and attributes.
 * The names are computed by the browser (aria-label, <label>, text, title…), not guessed here.
 */
async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[] }
    const unnamed = nodes.filter((n) => !n.ignored && controlRoles.has(n.role?.value ?? '') && !(n.name?.value ?? '').trim())
    const described: string[] = []
    for (const n of unnamed) {
      const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId })) as { node: { nodeName: string; attributes?: string[] } }
      described.push(`${n.role!.value}: <${node.nodeName.toLowerCase()} ${(node.attributes ?? []).join(' ')}>`)
    }
    return described
  } finally {
    await cdp.detach()
  }
}

test('every control has an accessible name: palette, inspector of several kinds, both sidebar tabs, Find box, dialog', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const problems = new Map<string, string[]>()
  const check = async (state: string) => {
    const found = await unnamedControls(page)
    if (found.length) problems.set(state, found)
  }
  // The detector itself: an unnamed button added to the page is reported, then removed.
  await page.evaluate(() => { const b = document.createElement('button'); b.id = 'probe-unnamed'; document.body.append(b) })
  expect(await unnamedControls(page)).toEqual([expect.stringContaining('probe-unnamed')])
  await page.evaluate(() => document.getElementById('probe-unnamed')!.remove())
  await check('nothing selected')
  // Inspectors with every editor type: refs, ref lists (chips), object lists (routes), tags, booleans, enums.
  for (const id of ['vpc-prod-a', 'vpc-prod-a-private-a', 'vpc-prod-a-rt-private', 'tgw-rt-dev', 'vpc-prod-a-att', 'vpn-dc1', 'vpce-shared-ssm']) {
    await ui.find(id)
    await check(`inspector of ${id}`)
  }
  await ui.find('vpc-prod-a')
  await ui.inspector.getByLabel('New tag key', { exact: true }).fill('team')
  await ui.inspector.getByRole('button', { name: '+ tag', exact: true }).click()
  await check('a VPC with a tag')
  await page.getByRole('tab', { name: 'Reachability' }).click()
  await check('reachability tab')
  await page.getByRole('tab', { name: 'Validation' }).click()
  await app.menu('edit.find')
  await page.getByLabel('Find resource').fill('prod')
  await check('Find box with hits')
  await page.getByLabel('Find resource').press('Escape')
  await ui.inspector.getByRole('button', { name: /^Delete / }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await check('delete dialog')
  expect(Object.fromEntries(problems)).toEqual({})
})

test('keyboard: Tab reaches the palette and the inspector fields, Escape closes the Find box and dialogs', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  const focusedIn = (selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement !== document.body, selector)
  const tabUntil = async (selector: string, limit: number) => {
    for (let i = 0; i < limit; i++) {
      if (await focusedIn(selector)) return i
      await page.keyboard.press('Tab')
    }
    throw new Error(`Tab never reached ${selector} in ${limit} presses`)
  }

  // From the top of the page into the palette; Enter on a palette button adds the resource.
  await tabUntil('nav.palette', 15)
  await expect(page.locator(':focus')).toHaveText('+ Account')
  await page.keyboard.press('Enter')
  await expect(ui.inspector.getByRole('heading', { name: 'Account', exact: true })).toBeVisible()

  // On into the inspector's fields; typing there edits the resource.
  await ui.find('vpc-prod-a-private-a')
  await page.locator('nav.palette button').first().focus()
  await tabUntil('aside.inspector input, aside.inspector select', 60)
  await expect(page.locator(':focus')).toHaveAccessibleName('Name')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('renamed-by-keyboard')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAccessibleName('Description')
  await expect.poll(async () => (await ui.project()).resources.find((r) => r.id === 'vpc-prod-a-private-a')?.name).toBe('renamed-by-keyboard')

  // Ctrl+F opens the Find box with the focus in it; Escape closes it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+f')
  await expect(page.getByLabel('Find resource')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByLabel('Find resource')).toBeHidden()

  // Delete on a VPC asks first (its subnets depend on it), with the focus on the dialog; Escape cancels.
  // (Found by keyboard too: a menu command right after the same shortcut is dropped as its native echo.)
  await page.keyboard.press('Control+f')
  await page.keyboard.type('vpc-prod-a')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Find resource')).toBeHidden()
  await expect(ui.inspector.getByRole('heading', { name: 'VPC', exact: true })).toBeVisible()
  await page.keyboard.press('Delete')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Delete', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  const vpc = (await ui.project()).resources.find((r) => r.id === 'vpc-prod-a') as ResourceOf<'vpc'> | undefined
  expect(vpc?.name).toBe('prod-a')
})
