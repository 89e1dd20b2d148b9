import path from 'node:path'
import { runCli } from '../../main/cli/run'

export const repoRoot = path.resolve(__dirname, '../..')

/** Runs the CLI in-process with captured output; cwd defaults to the repository root. */
export async function cli(args: string[], cwd = repoRoot) {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), cwd })
  return { code, out, err }
}
