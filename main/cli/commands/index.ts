import type { Command } from '../command'
import { exportPdfCommand } from './export-pdf'
import { exportPngCommand } from './export-png'
import { exportTerraformCommand } from './export-terraform'
import { importAwsCommand } from './import-aws'
import { layoutCommand } from './layout'
import { matrixCommand } from './matrix'
import { newCommand } from './new'
import { reachCommand } from './reach'
import { rulesCommand } from './rules'
import { validateCommand } from './validate'

/** Every CLI command; adding one: its file in this folder and one line here. */
export const commands: readonly Command[] = [
  newCommand,
  validateCommand,
  rulesCommand,
  reachCommand,
  matrixCommand,
  layoutCommand,
  exportPngCommand,
  exportPdfCommand,
  exportTerraformCommand,
  importAwsCommand,
]
