import type { Kind, Project } from '../../model'

/** One file of the input folder: its path relative to the folder (with `/` separators) and its text. */
export interface ImportFile {
  path: string
  text: string
}

/** Where something sits in the input: the file and the JSON path inside it, e.g. `$.Vpcs[0].CidrBlockAssociationSet[1]`. */
export interface SourceRef {
  file: string
  path: string
}

/** One line of the import report: what, where it came from, and why it was treated this way. */
export interface ReportEntry extends SourceRef {
  /** The AWS id or a short description, e.g. `vpc-0404e08ceddf7f650 CIDR 10.11.0.0/16`. */
  item: string
  reason: string
}

export interface ImportReport {
  files: number
  /** Resources created, per model kind. */
  imported: Partial<Record<Kind, number>>
  /** The input object each resource was made from, by resource id (accounts: where the account was first seen). */
  sources: Record<string, SourceRef>
  /** Input objects not imported because AWS no longer uses them or the model cannot hold them. */
  skipped: ReportEntry[]
  /** Objects seen more than once (e.g. from both accounts of a peering) and merged into one resource. */
  merged: ReportEntry[]
  /** Known describe-* output that describes no network resource of the model (the AWS service catalogue, Elastic IPs...). */
  ignored: ReportEntry[]
  /** Top-level keys the importer does not know; ignored, never fatal. */
  notUnderstood: ReportEntry[]
  /** What the importer had to assume, e.g. the Region of a folder that does not name one. */
  assumptions: ReportEntry[]
}

/** A reason the whole import was refused (malformed or truncated input). Nothing is imported then. */
export interface ImportError {
  file: string
  message: string
  /** JSON path inside the file, when the problem is in a value rather than the syntax. */
  path?: string
  line?: number
  column?: number
}

export type AwsImportResult = { ok: true; project: Project; report: ImportReport } | { ok: false; errors: ImportError[] }

export interface ImportOptions {
  /** Name of the created design; default "Imported AWS network". */
  name?: string
}
