import type { Project } from '../../model/project'
import type { Diagnostic } from '../../validation/rule'
import { TfContext } from './context'
import { emitEndpoints } from './emit/endpoints'
import { emitImports } from './emit/imports'
import { emitPeering } from './emit/peering'
import { emitPrefixLists } from './emit/prefix-lists'
import { emitRouteTables } from './emit/route-tables'
import { emitSecurity } from './emit/security'
import { emitTransitGateways } from './emit/transit-gateway'
import { emitVpcs } from './emit/vpc'
import { emitVpn } from './emit/vpn'
import { ExportBlockedError, validationErrors } from './gate'
import type { BodyItem } from './hcl/ast'
import { writeHcl as writeFile } from './hcl/write'
import { banner, outputItems, providerItems, sectionItems, variableItems, versionsItems } from './layout-files'
import { readme } from './readme'
import type { Exporter } from '../index'

export { ExportBlockedError } from './gate'

export interface TerraformOptions {
  /** Everything in main.tf (plus README.md), for small designs. */
  readonly singleFile?: boolean
  /** Export although the design has validation errors; the README lists them. */
  readonly allowErrors?: boolean
}

/** File name → text. Pure: the CLI and the app write the files. */
export type TerraformFiles = Record<string, string>

/** Emitters in the order their files and sections appear. */
const emitters = [emitPrefixLists, emitVpcs, emitRouteTables, emitSecurity, emitPeering, emitTransitGateways, emitEndpoints, emitVpn, emitImports]

/**
 * Exports a design as Terraform. Refuses (ExportBlockedError) when the design has validation errors,
 * unless `allowErrors`, in which case the README names them.
 */
export function exportTerraform(project: Project, options: TerraformOptions = {}): TerraformFiles {
  const errors = validationErrors(project)
  if (errors.length > 0 && !options.allowErrors) throw new ExportBlockedError(errors)
  return emitTerraform(project, { singleFile: options.singleFile, remainingErrors: errors })
}

/** The emitter alone, without the validation gate (tests and benchmarks of the writer use it). */
export function emitTerraform(project: Project, options: { singleFile?: boolean; remainingErrors?: readonly Diagnostic[] } = {}): TerraformFiles {
  const ctx = new TfContext(project)
  for (const emit of emitters) emit(ctx)
  const byFile = new Map<string, BodyItem[]>()
  for (const s of ctx.sections) {
    let items = byFile.get(s.file)
    if (!items) byFile.set(s.file, (items = []))
    for (const item of sectionItems([s])) items.push(item)
  }
  // Providers and outputs come after the emitters: they list what the emitters used.
  const providers = providerItems(ctx)
  const outputs = outputItems(ctx)
  const variables = variableItems(ctx)
  const files: TerraformFiles = {}
  if (options.singleFile) {
    files['main.tf'] = writeFile([
      ...banner('Versions'),
      ...versionsItems(),
      ...(providers.length > 0 ? [...banner('Providers'), ...providers] : []),
      ...variables,
      ...[...byFile.values()].flat(),
      ...(outputs.length > 0 ? [...banner('Outputs'), ...outputs] : []),
    ])
  } else {
    files['versions.tf'] = writeFile(versionsItems())
    if (providers.length > 0) files['providers.tf'] = writeFile(providers)
    files['variables.tf'] = writeFile(variables)
    for (const [file, items] of byFile) files[file] = writeFile(items)
    if (outputs.length > 0) files['outputs.tf'] = writeFile(outputs)
  }
  files['README.md'] = readme(ctx, Object.keys(files), options.remainingErrors ?? [])
  return files
}

/** The registry entry (shared/exporters/index.ts): a directory of .tf files and a README. */
export const terraformExporter: Exporter<TerraformOptions> = {
  id: 'terraform',
  title: 'Terraform…',
  directory: true,
  export: (project, options) => ({ kind: 'directory', files: exportTerraform(project, options) }),
}
