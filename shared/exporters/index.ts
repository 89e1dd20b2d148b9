import type { Project } from '../model/project'
import { pdfExporter } from './pdf'
import { pngExporter } from './png'
import { terraformExporter } from './terraform'

/** What an exporter produces: one file's content, or a directory of named files. Main writes the bytes. */
export type ExportOutput =
  | { readonly kind: 'file'; readonly data: Uint8Array | string }
  | { readonly kind: 'directory'; readonly files: Readonly<Record<string, Uint8Array | string>> }

/** One export format. Pure: no file system, no DOM; the CLI and the app's main process do the writing. */
export interface Exporter<Options = Record<string, never>> {
  readonly id: string
  /** Menu and dialog title: "Terraform…", "PNG image…". */
  readonly title: string
  /** Single-file formats: the extension the save dialog proposes, without the dot. */
  readonly fileExtension?: string
  /** Multi-file formats: the user picks a directory. */
  readonly directory?: boolean
  export(project: Project, options: Options): ExportOutput | Promise<ExportOutput>
}

/** Every export format; adding one: its module in this folder and one line here. */
export const exporters = {
  terraform: terraformExporter,
  png: pngExporter,
  pdf: pdfExporter,
} as const satisfies Record<string, Exporter<never>>

export type ExporterId = keyof typeof exporters
