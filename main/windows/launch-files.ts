import path from 'node:path'

/**
 * The design files named on a command line (first launch, or a second launch forwarded by the
 * single-instance lock). Skips the executable, the app path Electron adds in development, Chromium
 * switches and anything that is not a `.json` file, so a stray argument never opens a dialog.
 */
export function launchFiles(argv: readonly string[], options: { cwd: string; packaged: boolean }): string[] {
  // Packaged: [exe, ...args]. Development: [electron, appPath, ...args].
  const args = argv.slice(options.packaged ? 1 : 2)
  const files: string[] = []
  for (const arg of args) {
    if (arg === '--') continue
    if (arg.startsWith('-')) continue
    if (!/\.json$/i.test(arg)) continue
    const full = path.resolve(options.cwd, arg)
    if (!files.includes(full)) files.push(full)
  }
  return files
}
