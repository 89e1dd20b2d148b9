import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './app-fixture'

test('File ▸ Export writes PNG, PDF and Terraform through main to the places the user picks', async ({ page, app }) => {
  const file = path.join(app.dir, 'hub.netdraft.json')
  copyFileSync(path.resolve(import.meta.dirname, '../../examples/hub-and-spoke.netdraft.json'), file)
  await app.open(file)
  await expect(page.locator('.canvas')).not.toHaveAttribute('data-elements', '0')

  const png = path.join(app.dir, 'out.png')
  app.main.desktop.saveAnswers.push(png)
  await app.menu('file.exportPng')
  await expect(page.locator('.notice')).toContainText('Exported out.png')
  expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG')

  const pdf = path.join(app.dir, 'out.pdf')
  app.main.desktop.saveAnswers.push(pdf)
  await app.menu('file.exportPdf')
  await expect(page.locator('.notice')).toContainText('Exported out.pdf')
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')

  // A folder dialog hands back a folder that exists.
  const folder = path.join(app.dir, 'tf')
  mkdirSync(folder)
  app.main.desktop.folderAnswers.push(folder)
  await app.menu('file.exportTerraform')
  await expect(page.locator('.notice')).toContainText('Exported Terraform to tf')
  expect(readdirSync(folder)).toEqual(expect.arrayContaining(['versions.tf', 'providers.tf', 'variables.tf', 'outputs.tf', 'README.md']))
})

test('Terraform export of a design with errors asks before exporting anyway', async ({ page, app }) => {
  const file = path.join(app.dir, 'broken.netdraft.json')
  copyFileSync(path.resolve(import.meta.dirname, '../../examples/broken/peering-transitive.netdraft.json'), file)
  await app.open(file)
  const folder = path.join(app.dir, 'tf-broken')
  mkdirSync(folder)
  await app.menu('file.exportTerraform')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('validation error')
  app.main.desktop.folderAnswers.push(folder)
  await dialog.getByRole('button', { name: 'Export anyway' }).click()
  await expect(page.locator('.notice')).toContainText('Exported Terraform')
  expect(existsSync(path.join(folder, 'README.md'))).toBe(true)
  expect(readFileSync(path.join(folder, 'README.md'), 'utf8')).toMatch(/peering-not-transitive/)
})
