export { importAwsDescribe } from './import-aws'
export { formatImportError, formatReport } from './format-report'
export type { AwsImportResult, ImportError, ImportFile, ImportOptions, ImportReport, ReportEntry, SourceRef } from './types'
