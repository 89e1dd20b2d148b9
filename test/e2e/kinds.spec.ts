import { readFileSync } from 'node:fs'
import { type Kind, kindNames, kinds, loadProject } from '../../shared/model'
import { expect, test } from './app-fixture'
import { type EditorPage, editorPage } from './editor-page'

/**
 * What to select (Find box: first Enter, the rest Shift+Enter) before each palette button, in the
 * hub-and-spoke example. `before` creates prerequisites the example lacks, through the palette too;
 * they stay in the design (later kinds and the final save include them).
 */
interface Plan {
  readonly picks: readonly string[]
  readonly before?: (ui: EditorPage) => Promise<string>
}

/** Adds one resource through the palette with `picks` selected; returns its id. */
async function addThroughPalette(ui: EditorPage, kind: Kind, picks: readonly string[]): Promise<string> {
  for (const [i, pick] of picks.entries()) await ui.find(pick, i > 0)
  const before = new Set(await ui.ids())
  await ui.palette.getByRole('button', { name: `+ ${kinds[kind].title}`, exact: true }).click()
  await expect(ui.palette.getByRole('status'), 'the palette refused the selection').toHaveCount(0)
  await expect(ui.inspector.getByRole('heading', { name: kinds[kind].title, exact: true })).toBeVisible()
  const project = await ui.project()
  const added = project.resources.filter((r) => !before.has(r.id))
  const created = added.find((r) => r.kind === kind)
  expect(created, `a new ${kind} in the document`).toBeDefined()
  return created!.id
}

const plans: Record<Kind, Plan> = {
  account: { picks: [] },
  onPremNetwork: { picks: [] },
  prefixList: { picks: ['vpc-prod-a'] },
  vpc: { picks: ['acct-prod'] },
  subnet: { picks: ['vpc-prod-a'] },
  routeTable: { picks: ['vpc-prod-a'] },
  networkAcl: { picks: ['vpc-prod-a'] },
  securityGroup: { picks: ['vpc-prod-a'] },
  internetGateway: { picks: ['vpc-prod-a'] },
  egressOnlyInternetGateway: { picks: ['vpc-prod-a'] },
  natGateway: { picks: ['vpc-prod-a-private-a'] },
  vpnGateway: { picks: ['vpc-dev-a'] },
  customerGateway: { picks: ['tgw-hub'] },
  vpnConnection: { picks: ['cgw-dc1', 'tgw-hub'] },
  dxGateway: { picks: ['acct-network'] },
  peeringConnection: { picks: ['vpc-prod-a', 'vpc-prod-b'] },
  transitGateway: { picks: ['vpc-prod-a'] },
  tgwRouteTable: { picks: ['tgw-hub'] },
  // Every VPC of the example is attached already (a second attachment is refused): a new VPC with a subnet first.
  tgwVpcAttachment: {
    picks: ['tgw-hub'],
    before: async (ui) => {
      await addThroughPalette(ui, 'vpc', ['acct-prod'])
      return addThroughPalette(ui, 'subnet', [])
    },
  },
  // Two transit gateways: a second one is added first.
  tgwPeeringAttachment: { picks: ['tgw-hub'], before: (ui) => addThroughPalette(ui, 'transitGateway', ['vpc-prod-b']) },
  // vpn-dc1 has its attachment already: a second VPN to the hub first.
  tgwVpnAttachment: { picks: [], before: (ui) => addThroughPalette(ui, 'vpnConnection', ['cgw-dc1', 'tgw-hub']) },
  // A Direct Connect gateway is added first.
  tgwDxAttachment: { picks: ['tgw-hub'], before: (ui) => addThroughPalette(ui, 'dxGateway', ['acct-network']) },
  gatewayEndpoint: { picks: ['vpc-prod-a'] },
  interfaceEndpoint: { picks: ['vpc-prod-a'] },
  loadBalancer: { picks: ['vpc-prod-a'] },
  // The Network Load Balancer that fronts the service is added first.
  endpointService: { picks: [], before: (ui) => addThroughPalette(ui, 'loadBalancer', ['vpc-shared']) },
  workload: { picks: ['vpc-prod-a-private-b'] },
}

test('every resource kind can be created, edited and deleted from the UI, and every edit undoes and redoes', async ({ page, app }) => {
  test.setTimeout(120_000)
  const ui = editorPage(page, app)
  const file = await ui.openExample('hub-and-spoke')
  const name = ui.inspector.getByLabel('Name', { exact: true })
  const nameOf = async (id: string) => (await ui.project()).resources.find((r) => r.id === id)?.name

  for (const kind of kindNames) {
    await test.step(kind, async () => {
      const plan = plans[kind]
      // A prerequisite made in `before` stays selected; the plan's picks are added to it.
      const prerequisite = plan.before ? await plan.before(ui) : null
      const baseline = await ui.ids()
      const picks = prerequisite ? plan.picks.map((p) => ({ p, add: true })) : plan.picks.map((p, i) => ({ p, add: i > 0 }))
      for (const { p, add } of picks) await ui.find(p, add)
      if (prerequisite) await expect(page.locator('.canvas')).toHaveAttribute('data-selection', new RegExp(`\\b${prerequisite}\\b`))
      await ui.palette.getByRole('button', { name: `+ ${kinds[kind].title}`, exact: true }).click()
      await expect(ui.palette.getByRole('status'), 'the palette refused the selection').toHaveCount(0)
      await expect(ui.inspector.getByRole('heading', { name: kinds[kind].title, exact: true })).toBeVisible()
      const created = (await ui.project()).resources.find((r) => r.kind === kind && !baseline.includes(r.id))
      expect(created, `a new ${kind} in the document`).toBeDefined()
      const id = created!.id
      await expect(ui.inspector).toContainText(`id ${id}`)

      // Rename it: the field, the inspector's label and the document all follow; undo and redo it.
      const original = created!.name
      const edited = `${kind}-renamed`
      await name.fill(edited)
      await name.blur()
      await expect.poll(() => nameOf(id)).toBe(edited)
      await expect(ui.inspector).toContainText(edited)
      await page.keyboard.press('Control+z')
      await expect.poll(() => nameOf(id)).toBe(original)
      await expect(name).toHaveValue(original)
      await page.keyboard.press('Control+Shift+z')
      await expect.poll(() => nameOf(id)).toBe(edited)
      await expect(name).toHaveValue(edited)

      // Delete it (with whatever was created alongside, e.g. a VPC's main route table): back to the baseline.
      await ui.deleteSelected()
      await expect.poll(() => ui.ids()).toEqual(baseline)
      // Undo brings it back; redo deletes it again.
      await page.keyboard.press('Control+z')
      await expect.poll(async () => (await ui.ids()).includes(id)).toBe(true)
      await page.keyboard.press('Control+y')
      await expect.poll(() => ui.ids()).toEqual(baseline)
    })
  }

  await test.step('save and load the result', async () => {
    await page.keyboard.press('Control+s')
    await expect(page.locator('.notice')).toContainText('Saved hub-and-spoke.netdraft.json')
    const loaded = loadProject(readFileSync(file, 'utf8'))
    expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems)).toBe(true)
    if (!loaded.ok) return
    // The prerequisites made through the palette were saved; every exercised resource was deleted.
    const saved = loaded.project.resources
    expect(saved.filter((r) => r.kind === 'transitGateway')).toHaveLength(2)
    expect(saved.filter((r) => r.kind === 'dxGateway')).toHaveLength(1)
    expect(saved.filter((r) => r.kind === 'loadBalancer')).toHaveLength(1)
    expect(saved.some((r) => r.name.endsWith('-renamed'))).toBe(false)
  })
})
