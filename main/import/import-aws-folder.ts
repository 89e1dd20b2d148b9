import { type AwsImportResult, type ImportOptions, importAwsDescribe } from '../../shared/importers/aws'
import { readImportFolder } from './read-folder'

/**
 * The whole import for the app's File ▸ Import ▸ AWS describe output… and the CLI: reads the folder
 * the user picked and maps it. A folder that cannot be read, or holds no JSON, is an error like a
 * malformed file, named by the folder itself.
 */
export async function importAwsFolder(dir: string, options: ImportOptions = {}): Promise<AwsImportResult & { fileCount: number }> {
  let files
  try {
    files = await readImportFolder(dir)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { ok: false, fileCount: 0, errors: [{ file: dir, message: `cannot read the folder: ${code ?? (e as Error).message}` }] }
  }
  if (files.length === 0) return { ok: false, fileCount: 0, errors: [{ file: dir, message: 'the folder holds no .json files' }] }
  return { ...importAwsDescribe(files, options), fileCount: files.length }
}
