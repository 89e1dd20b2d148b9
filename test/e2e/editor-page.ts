import { copyFileSync } from 'node:fs'
import path from 'node:path'
import type { Project } from '../../shared/model'
import { type AppFixture, type Page, expect } from './app-fixture'

/** The editor's regions and the moves the kind and inspector tests repeat, by accessible name. */
export function editorPage(page: Page, app: AppFixture) {
  const palette = page.getByRole('navigation', { name: 'Add resources' })
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  const findInput = page.getByLabel('Find resource')
  return {
    palette,
    inspector,
    validation: page.getByRole('region', { name: 'Validation' }),
    /** Copies an example into the fixture's folder and opens it; returns the file's path. */
    async openExample(name: string): Promise<string> {
      const file = path.join(app.dir, `${name}.netdraft.json`)
      copyFileSync(path.resolve(import.meta.dirname, `../../examples/${name}.netdraft.json`), file)
      await app.open(file)
      return file
    },
    /** Selects a resource through the Find box (Enter), or adds it to the selection (Shift+Enter). */
    async find(text: string, add = false) {
      await app.menu('edit.find')
      await findInput.fill(text)
      await findInput.press(add ? 'Shift+Enter' : 'Enter')
      await expect(findInput).toBeHidden()
    },
    /** The document the store holds right now, as main would save it. */
    async project(): Promise<Project> {
      return page.evaluate(() => (window as unknown as { __ndSnapshot(): Project }).__ndSnapshot())
    },
    /** Resource ids of the current document. */
    async ids(): Promise<string[]> {
      const p = await page.evaluate(() => (window as unknown as { __ndSnapshot(): Project }).__ndSnapshot())
      return p.resources.map((r) => r.id)
    },
    /** Clicks the inspector's Delete button and confirms the dependents dialog when it asks. */
    async deleteSelected() {
      await inspector.getByRole('button', { name: /^Delete / }).click()
      const dialog = page.getByRole('dialog')
      const empty = inspector.getByText('Select a resource to edit it')
      await expect(dialog.or(empty)).toBeVisible()
      if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
      await expect(empty).toBeVisible()
    },
  }
}

export type EditorPage = ReturnType<typeof editorPage>
