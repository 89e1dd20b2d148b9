import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Locator } from '@playwright/test'
import { type Page, expect, test } from './app-fixture'
import { editorPage } from './editor-page'

test.use({ viewport: { width: 1440, height: 900 } })

/** The view the canvas reports: scene (0,0) at screen (x, y) of the canvas, scaled by zoom. */
async function view(canvas: Locator) {
  const [x, y] = (await canvas.getAttribute('data-view'))!.split(' ').map(Number)
  return { x, y, zoom: Number(await canvas.getAttribute('data-zoom')) }
}

/** Page coordinates of the selected boxes, as the canvas draws them. */
async function selectedRects(canvas: Locator): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  const origin = (await canvas.boundingBox())!
  const text = (await canvas.getAttribute('data-selection-rects')) ?? ''
  return Object.fromEntries(text.split(' ').filter(Boolean).map((entry) => {
    const [id, rest] = entry.split(':')
    const [x, y, width, height] = rest.split(',').map(Number)
    return [id, { x: origin.x + x, y: origin.y + y, width, height }]
  }))
}

/** Waits until the view stops changing (a focus or fit has been applied). */
async function settled(canvas: Locator) {
  let last = ''
  await expect.poll(async () => {
    const previous = last
    last = `${await canvas.getAttribute('data-view')} ${await canvas.getAttribute('data-zoom')}`
    return last === previous
  }, { intervals: [150] }).toBe(true)
}

async function open(page: Page, app: Parameters<typeof editorPage>[1]) {
  const ui = editorPage(page, app)
  await ui.openExample('peering')
  const canvas = page.getByRole('application', { name: 'Network diagram' })
  await expect.poll(async () => Number(await canvas.getAttribute('data-elements'))).toBeGreaterThan(20)
  await settled(canvas)
  return { ui, canvas }
}

test('zoom at the cursor (wheel), pan with the middle button, with Space-drag and by keyboard, fit', async ({ page, app }) => {
  const { canvas } = await open(page, app)
  const box = (await canvas.boundingBox())!
  const at = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.6 }
  const under = (v: { x: number; y: number; zoom: number }) => ({ x: (at.x - box.x - v.x) / v.zoom, y: (at.y - box.y - v.y) / v.zoom })

  // The mouse wheel zooms in, and the scene point under the cursor stays under it.
  const v0 = await view(canvas)
  await page.mouse.move(at.x, at.y)
  await page.mouse.wheel(0, -120)
  await expect.poll(async () => (await view(canvas)).zoom).toBeGreaterThan(v0.zoom * 1.1)
  const v1 = await view(canvas)
  // (data-zoom has three decimals: allow a few scene units of rounding.)
  expect(Math.abs(under(v1).x - under(v0).x)).toBeLessThan(3)
  expect(Math.abs(under(v1).y - under(v0).y)).toBeLessThan(3)

  // Middle-button drag pans by the distance moved, wherever it starts (even on a box), and selects nothing.
  await page.mouse.move(at.x, at.y)
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(at.x + 120, at.y + 60, { steps: 6 })
  await page.mouse.up({ button: 'middle' })
  const v2 = await view(canvas)
  expect(v2.x - v1.x).toBeCloseTo(120, 0)
  expect(v2.y - v1.y).toBeCloseTo(60, 0)
  await expect(canvas).toHaveAttribute('data-selection', '')

  // Space + drag pans too, and does not move the box it starts on (no pin).
  await page.keyboard.down('Space')
  await expect(canvas).toHaveClass(/grab-ready/)
  await page.mouse.move(at.x, at.y)
  await page.mouse.down()
  await page.mouse.move(at.x - 80, at.y - 40, { steps: 6 })
  await expect(canvas).toHaveClass(/grab-panning/)
  await page.mouse.up()
  await page.keyboard.up('Space')
  const v3 = await view(canvas)
  expect(v3.x - v2.x).toBeCloseTo(-80, 0)
  expect(v3.y - v2.y).toBeCloseTo(-40, 0)
  expect(await page.evaluate(() => Object.keys((window as unknown as { __ndSnapshot(): { layout: { pins: object } } }).__ndSnapshot().layout.pins))).toEqual([])
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  // With the canvas focused, arrows pan and + / - zoom at its centre; Ctrl + / - and Shift+Ctrl+F work from anywhere.
  await canvas.focus()
  await page.keyboard.press('ArrowLeft')
  await expect.poll(async () => (await view(canvas)).x).toBeCloseTo(v3.x + 50, 0)
  await page.keyboard.press('Shift+ArrowUp')
  await expect.poll(async () => (await view(canvas)).y).toBeCloseTo(v3.y + 200, 0)
  await page.keyboard.press('-')
  await expect.poll(async () => (await view(canvas)).zoom).toBeCloseTo(v3.zoom / 1.2, 2)
  await page.keyboard.press('Control+=')
  await expect.poll(async () => (await view(canvas)).zoom).toBeCloseTo(v3.zoom, 2)
  await page.keyboard.press('Control+Shift+F')
  await settled(canvas)
  expect((await view(canvas)).zoom).toBeCloseTo(v0.zoom, 3)
  expect((await view(canvas)).x).toBeCloseTo(v0.x, 0)
  await page.screenshot({ path: test.info().outputPath('canvas-fit.png') })
})

test('click, Shift-click and a Shift-drag marquee select; Escape clears; hovering a VPC highlights its peering', async ({ page, app }) => {
  const { ui, canvas } = await open(page, app)
  await ui.find('vpc-a')
  await ui.find('vpc-b', true)
  await expect(canvas).toHaveAttribute('data-selection', 'vpc-a vpc-b')
  await settled(canvas)
  const rects = await selectedRects(canvas)
  // A point in each VPC's title band: inside the VPC, outside its AZ and subnet boxes.
  const header = (id: string) => ({ x: rects[id].x + 6, y: rects[id].y + 6 })

  await canvas.focus()
  await page.keyboard.press('Escape')
  await expect(canvas).toHaveAttribute('data-selection', '')
  await page.mouse.click(header('vpc-a').x, header('vpc-a').y)
  await expect(canvas).toHaveAttribute('data-selection', 'vpc-a')
  await expect(ui.inspector.getByRole('heading', { name: 'VPC', exact: true })).toBeVisible()
  await page.keyboard.down('Shift')
  await page.mouse.click(header('vpc-b').x, header('vpc-b').y)
  await expect(canvas).toHaveAttribute('data-selection', 'vpc-a vpc-b')
  // Shift-click on a selected box takes it out again.
  await page.mouse.click(header('vpc-b').x, header('vpc-b').y)
  await page.keyboard.up('Shift')
  await expect(canvas).toHaveAttribute('data-selection', 'vpc-a')

  // Hover: the box under the pointer and the peering edges that touch it are highlighted.
  await page.mouse.move(header('vpc-b').x + 2, header('vpc-b').y + 2)
  await expect(canvas).toHaveAttribute('data-hover', 'vpc-b')
  await expect(canvas).toHaveAttribute('data-highlighted-edges', /pcx-ab/)
  await expect(canvas).toHaveAttribute('data-highlighted-edges', /pcx-bc/)
  await page.screenshot({ path: test.info().outputPath('canvas-hover.png') })

  // A Shift-drag on empty space draws a marquee and adds every box wholly inside it.
  await page.keyboard.press('Control+Shift+F')
  await settled(canvas)
  const box = (await canvas.boundingBox())!
  await page.keyboard.down('Shift')
  await page.mouse.move(box.x + 4, box.y + 4)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4, { steps: 8 })
  await page.mouse.up()
  await page.keyboard.up('Shift')
  const selected = (await canvas.getAttribute('data-selection'))!.split(' ')
  expect(selected).toEqual(expect.arrayContaining(['vpc-a', 'vpc-b', 'vpc-c', 'vpc-a-private-a', 'vpc-c-igw']))
  expect(new Set(selected).size).toBe(selected.length)
})

test('dragging a box stores a pin, in one undo step; the layout keeps it there', async ({ page, app }) => {
  const { ui, canvas } = await open(page, app)
  await ui.find('vpc-c')
  await settled(canvas)
  const before = (await selectedRects(canvas))['vpc-c']
  const start = { x: before.x + 6, y: before.y + 6 }
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + i * 6, start.y + i * 4)
  await page.mouse.up()
  await expect.poll(async () => Object.keys((await ui.project()).layout.pins)).toEqual(['vpc-c'])
  // Many mouse moves, one edit.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', 'Undo Move')
  const zoom = (await view(canvas)).zoom
  await expect.poll(async () => {
    const r = (await selectedRects(canvas))['vpc-c']
    return [Math.round((r.x - before.x) / zoom), Math.round((r.y - before.y) / zoom)]
  }).toEqual([Math.round(60 / zoom), Math.round(40 / zoom)])
  await page.keyboard.press('Control+z')
  await expect.poll(async () => Object.keys((await ui.project()).layout.pins)).toEqual([])
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await page.keyboard.press('Control+Shift+z')
  await expect.poll(async () => Object.keys((await ui.project()).layout.pins)).toEqual(['vpc-c'])
  // Re-layout clears the pins, undoably.
  await page.getByRole('button', { name: 'Re-layout' }).click()
  await expect.poll(async () => Object.keys((await ui.project()).layout.pins)).toEqual([])
  await expect(page.getByRole('button', { name: 'Re-layout' })).toBeDisabled()
})

test('an empty design says how to start; the palette then places a VPC in the selected account', async ({ page, app }) => {
  await page.goto('about:blank')
  const file = path.join(app.dir, 'empty.netdraft.json')
  writeFileSync(file, JSON.stringify({ formatVersion: 1, name: 'empty', resources: [] }))
  await app.open(file)
  const canvas = page.getByRole('application', { name: 'Network diagram' })
  await expect(canvas).toContainText('An empty design')
  await page.screenshot({ path: test.info().outputPath('canvas-empty.png') })
  const ui = editorPage(page, app)
  await ui.palette.getByRole('button', { name: '+ Account', exact: true }).click()
  await ui.palette.getByRole('button', { name: '+ VPC', exact: true }).click()
  await expect(ui.inspector.getByLabel('CIDR', { exact: true })).toHaveValue('10.0.0.0/16')
  await expect(canvas).not.toContainText('An empty design')
})

test('a Find straight after opening, before the first layout is in, still zooms to what it found', async ({ page, app }) => {
  const ui = editorPage(page, app)
  await ui.openExample('hub-and-spoke')
  await ui.find('vpc-prod-a-private-a')
  const canvas = page.getByRole('application', { name: 'Network diagram' })
  await expect.poll(async () => Number(await canvas.getAttribute('data-elements'))).toBeGreaterThan(20)
  await settled(canvas)
  expect((await view(canvas)).zoom).toBeGreaterThan(0.5)
  const r = (await selectedRects(canvas))['vpc-prod-a-private-a']
  const box = (await canvas.boundingBox())!
  expect(r.x).toBeGreaterThanOrEqual(box.x)
  expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width)
})
