import { access } from 'node:fs/promises'
import path from 'node:path'
import type { ShellPort } from '../ipc/deps'
import { openExternalVetted } from '../security/open-external'
import { createDocsWindow } from './create-windows'

/** Opens links outside the app and rule docs in a preload-less, sandboxed window. */
export class ElectronShell implements ShellPort {
  constructor(private readonly rulesDocsDir: string) {}

  async openInBrowser(url: string): Promise<void> {
    await openExternalVetted(url)
  }

  /** `''` opens the index of all rules. */
  async openRulesDoc(ruleId: string): Promise<boolean> {
    if (ruleId !== '') {
      try {
        await access(path.join(this.rulesDocsDir, `${ruleId}.md`))
      } catch {
        return false
      }
    }
    await createDocsWindow().loadURL(`app://netdraft/docs/rules/${ruleId === '' ? '' : `${ruleId}.md`}`)
    return true
  }
}
