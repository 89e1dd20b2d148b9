import type { ProjectService } from '../project/project-service'
import type { DesktopPort } from '../windows/desktop-port'
import type { SnapshotBroker } from '../windows/snapshot-broker'
import type { Workspace } from '../windows/workspace'

/** Shell actions that leave the app: Electron implements them, tests record them. */
export interface ShellPort {
  /** Opens an already vetted https: or mailto: URL in the user's browser or mail client. */
  openInBrowser(url: string): Promise<void>
  /** Shows docs/rules/<ruleId>.md; false when that page does not exist. */
  openRulesDoc(ruleId: string): Promise<boolean>
}

export interface HandlerDeps {
  workspace: Workspace
  service: ProjectService
  desktop: DesktopPort
  shell: ShellPort
  snapshots: SnapshotBroker
}
